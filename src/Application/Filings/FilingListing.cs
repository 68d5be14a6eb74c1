using System.Linq.Expressions;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore.Query;

namespace InvestPromo.Application.Filings;

/// <summary>
/// The filters shared by the filing list, the review queue and their exports: written once, bound from the query string with
/// <c>[AsParameters]</c> by each of the four endpoints (the OpenAPI document lists them as plain query parameters).
/// </summary>
/// <param name="SourceRegionCode">A province (its cities too), a country, or one city exactly.</param>
/// <param name="SubmittedFrom">Submitted on or after this China date.</param>
/// <param name="SubmittedTo">Submitted on or before this China date.</param>
/// <param name="SourceOrigin">The source's class as seen from the configured home city (本市/省内市外/省外境内/港澳台/外国).</param>
public sealed record FilingFilter(
    Guid? UnitId = null,
    Guid? IndustryChainId = null,
    ProjectCategory? Category = null,
    string? SourceRegionCode = null,
    ScaleBand? ScaleBand = null,
    ProjectStage? Stage = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null,
    SourceOrigin? SourceOrigin = null);

/// <summary>A query filtered by <see cref="FilingFilter"/>.</summary>
public interface IFilteredFilingQuery
{
    FilingFilter Filter { get; }
}

public static class FilingListing
{
    /// <summary>The filter's rules; errors name the field as the query string does ("submittedTo", not "filter.submittedTo").</summary>
    public static void AddFilterRules<T>(this AbstractValidator<T> validator)
        where T : IFilteredFilingQuery
    {
        validator.RuleFor(x => x.Filter).NotNull();
        validator.RuleFor(x => x.Filter.Category).IsDefinedValue().OverridePropertyName(nameof(FilingFilter.Category));
        validator.RuleFor(x => x.Filter.Stage).IsDefinedValue().OverridePropertyName(nameof(FilingFilter.Stage));
        validator.RuleFor(x => x.Filter.ScaleBand).IsDefinedValue().OverridePropertyName(nameof(FilingFilter.ScaleBand));
        validator.RuleFor(x => x.Filter.SourceOrigin).IsDefinedValue().OverridePropertyName(nameof(FilingFilter.SourceOrigin));
        validator.RuleFor(x => x.Filter.SourceRegionCode).MaximumLength(Filing.RegionCodeMaxLength).OverridePropertyName(nameof(FilingFilter.SourceRegionCode));
        validator.RuleFor(x => x.Filter.SubmittedFrom).InDateRange().OverridePropertyName(nameof(FilingFilter.SubmittedFrom));
        validator.RuleFor(x => x.Filter.SubmittedTo).InDateRange().OverridePropertyName(nameof(FilingFilter.SubmittedTo));
        validator.RuleFor(x => x.Filter.SubmittedTo).GreaterThanOrEqualTo(x => x.Filter.SubmittedFrom)
            .When(x => x.Filter.SubmittedFrom is not null && x.Filter.SubmittedTo is not null).OverridePropertyName(nameof(FilingFilter.SubmittedTo));
    }

    /// <summary>
    /// Every filter is a WHERE in SQL (the scale band and the region's roll-up are stored columns; a source class becomes a
    /// condition on the codes for the configured home city).
    /// </summary>
    public static IQueryable<Filing> Filter(this IQueryable<Filing> filings, FilingFilter filters, RegionOptions region)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(region);
        if (filters.UnitId is { } unitId)
        {
            filings = filings.Where(f => f.UnitId == unitId);
        }

        if (filters.IndustryChainId is { } chainId)
        {
            filings = filings.Where(f => f.IndustryChainId == chainId);
        }

        if (filters.Category is { } category)
        {
            filings = filings.Where(f => f.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filters.SourceRegionCode))
        {
            // A province or a country is its own roll-up: it matches every filing that rolls up to it (indexed). A city is itself.
            var code = filters.SourceRegionCode.Trim();
            filings = SourceRegionCodes.RollUp(code) == code
                ? filings.Where(f => f.SourceRegionRollUp == code)
                : filings.Where(f => f.SourceRegionCode == code);
        }

        if (filters.SourceOrigin is { } origin)
        {
            filings = filings.OfOrigin(origin, region);
        }

        if (filters.ScaleBand is { } band)
        {
            filings = filings.Where(f => f.ScaleBand == band);
        }

        if (filters.Stage is { } stage)
        {
            filings = filings.Where(f => f.Stage == stage);
        }

        if (filters.SubmittedFrom is { } from)
        {
            var start = ChinaTime.StartOfDay(from);
            filings = filings.Where(f => f.SubmittedAt >= start);
        }

        if (filters.SubmittedTo is { } to)
        {
            var end = ChinaTime.EndOfDay(to);
            filings = filings.Where(f => f.SubmittedAt < end);
        }

        return filings;
    }

    /// <summary>
    /// The filings whose source is of class <paramref name="origin"/> (<see cref="SourceRegionCodes.Classify"/>) as seen from the
    /// configured home city, as conditions on the stored codes: the class depends on configuration, so it is not stored. Mirrors
    /// Classify: a municipality as home is all of its province; a prefecture-level city holds the codes under it (NNMM…); a
    /// county-level city only itself. 港澳台 and countries are read from the indexed roll-up.
    /// </summary>
    public static IQueryable<Filing> OfOrigin(this IQueryable<Filing> filings, SourceOrigin origin, RegionOptions region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var home = region.HomeCityCode;
        var province = region.HomeProvinceCode;
        var municipality = home.EndsWith("0000", StringComparison.Ordinal);
        var prefecture = home.EndsWith("00", StringComparison.Ordinal);
        var cityPrefix = home[..4];
        var outside = SourceRegionCodes.HongKongMacaoTaiwanProvinces.ToList();
        return origin switch
        {
            Domain.ReferenceData.SourceOrigin.HomeCity => municipality
                ? filings.Where(f => f.SourceRegionRollUp == province)
                : prefecture
                    ? filings.Where(f => f.SourceRegionRollUp == province && f.SourceRegionCode!.StartsWith(cityPrefix))
                    : filings.Where(f => f.SourceRegionCode == home),
            Domain.ReferenceData.SourceOrigin.HomeProvince => municipality
                ? filings.Where(f => false)
                : prefecture
                    ? filings.Where(f => f.SourceRegionRollUp == province && !f.SourceRegionCode!.StartsWith(cityPrefix))
                    : filings.Where(f => f.SourceRegionRollUp == province && f.SourceRegionCode != home),
            Domain.ReferenceData.SourceOrigin.OtherProvince => filings.Where(f =>
                f.SourceRegionRollUp != null && f.SourceRegionRollUp.Length == 6 && f.SourceRegionRollUp != province && !outside.Contains(f.SourceRegionRollUp)),
            Domain.ReferenceData.SourceOrigin.HongKongMacaoTaiwan => filings.Where(f => outside.Contains(f.SourceRegionRollUp!)),
            _ => filings.Where(f => f.SourceRegionRollUp != null && f.SourceRegionRollUp.Length == 2),
        };
    }

    /// <summary>The filing list's own filters: a status, and a term found in the project or investor name or equal to the credit code.</summary>
    public static IQueryable<Filing> Search(this IQueryable<Filing> filings, FilingStatus? status, string? search)
    {
        if (status is { } wanted)
        {
            filings = filings.Where(f => f.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var code = term.ToUpperInvariant();
            filings = filings.Where(f => f.ProjectName!.Contains(term) || f.InvestorName!.Contains(term) || f.CreditCode == code);
        }

        return filings;
    }

    /// <summary>List rows, with the deadline marks computed against <paramref name="now"/> in China time.</summary>
    public static IQueryable<FilingListItemDto> ToListItems(this IQueryable<Filing> filings, IApplicationDbContext db, DateTimeOffset now) =>
        filings.Select(ListItem(db, now));

    /// <summary>
    /// List rows with each filing's duplicate-check key read in the same query, so the review queue's suspected-duplicate
    /// counts need no second look-up of the page's filings.
    /// </summary>
    internal static IQueryable<ListItemWithKey> ToListItemsWithDuplicateKeys(this IQueryable<Filing> filings, IApplicationDbContext db, DateTimeOffset now)
    {
        var item = ListItem(db, now);
        var filing = item.Parameters[0];
        var key = ReplacingExpressionVisitor.Replace(SuspectedDuplicates.KeyOf.Parameters[0], filing, SuspectedDuplicates.KeyOf.Body);
        var constructor = typeof(ListItemWithKey).GetConstructor([typeof(FilingListItemDto), typeof(DuplicateKey)])!;
        return filings.Select(Expression.Lambda<Func<Filing, ListItemWithKey>>(Expression.New(constructor, item.Body, key), filing));
    }

    private static Expression<Func<Filing, FilingListItemDto>> ListItem(IApplicationDbContext db, DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        return f => new FilingListItemDto(
            f.Id,
            f.UnitId,
            db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
            f.ProjectName,
            f.InvestorName,
            f.SourceRegionCode,
            f.IndustryChainId,
            f.Category,
            f.Stage,
            f.PlannedTotalInvestment,
            f.ScaleBand,
            f.Status,
            f.SubmittedAt,
            f.ReviewDueOn,
            f.ReviewDueAt,
            f.ReviewDueProvisional,
            f.Status == FilingStatus.UnderReview && f.ReviewDueAt <= now,
            f.Status == FilingStatus.UnderReview && f.ReviewDueOn == today && f.ReviewDueAt > now,
            f.Version,
            f.CreatedAt);
    }
}

/// <summary>A list row and the filing's duplicate-check key.</summary>
internal sealed record ListItemWithKey(FilingListItemDto Item, DuplicateKey Key);
