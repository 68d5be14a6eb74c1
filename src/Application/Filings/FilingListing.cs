using System.Linq.Expressions;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore.Query;

namespace InvestPromo.Application.Filings;

/// <summary>
/// The filters shared by the filing list, the review queue and their exports: written once, bound from the query string with
/// <c>[AsParameters]</c> by each of the four endpoints (the OpenAPI document lists them as plain query parameters).
/// </summary>
/// <param name="SubmittedFrom">Submitted on or after this China date.</param>
/// <param name="SubmittedTo">Submitted on or before this China date.</param>
public sealed record FilingFilter(
    Guid? UnitId = null,
    Guid? IndustryChainId = null,
    ProjectCategory? Category = null,
    string? SourceRegionCode = null,
    ScaleBand? ScaleBand = null,
    ProjectStage? Stage = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null);

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
        validator.RuleFor(x => x.Filter.Category).IsInEnum().OverridePropertyName(nameof(FilingFilter.Category));
        validator.RuleFor(x => x.Filter.Stage).IsInEnum().OverridePropertyName(nameof(FilingFilter.Stage));
        validator.RuleFor(x => x.Filter.ScaleBand).IsInEnum().OverridePropertyName(nameof(FilingFilter.ScaleBand));
        validator.RuleFor(x => x.Filter.SourceRegionCode).MaximumLength(Filing.RegionCodeMaxLength).OverridePropertyName(nameof(FilingFilter.SourceRegionCode));
        validator.RuleFor(x => x.Filter.SubmittedTo).GreaterThanOrEqualTo(x => x.Filter.SubmittedFrom)
            .When(x => x.Filter.SubmittedFrom is not null && x.Filter.SubmittedTo is not null).OverridePropertyName(nameof(FilingFilter.SubmittedTo));
    }

    /// <summary>Every filter is a WHERE in SQL (the scale band is a stored column).</summary>
    public static IQueryable<Filing> Filter(this IQueryable<Filing> filings, FilingFilter filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
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
            var region = filters.SourceRegionCode.Trim();
            filings = filings.Where(f => f.SourceRegionCode == region);
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
