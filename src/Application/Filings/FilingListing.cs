using System.Linq.Expressions;
using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore.Query;

namespace InvestPromo.Application.Filings;

/// <summary>The filters shared by the filing list and the review queue.</summary>
public interface IFilingFilters
{
    Guid? UnitId { get; }

    Guid? IndustryChainId { get; }

    ProjectCategory? Category { get; }

    string? SourceRegionCode { get; }

    ScaleBand? ScaleBand { get; }

    ProjectStage? Stage { get; }

    /// <summary>Submitted on or after this China date.</summary>
    DateOnly? SubmittedFrom { get; }

    /// <summary>Submitted on or before this China date.</summary>
    DateOnly? SubmittedTo { get; }
}

public static class FilingListing
{
    public static void AddFilterRules<T>(this AbstractValidator<T> validator)
        where T : IFilingFilters
    {
        validator.RuleFor(x => x.Category).IsInEnum();
        validator.RuleFor(x => x.Stage).IsInEnum();
        validator.RuleFor(x => x.ScaleBand).IsInEnum();
        validator.RuleFor(x => x.SourceRegionCode).MaximumLength(Filing.RegionCodeMaxLength);
        validator.RuleFor(x => x.SubmittedTo).GreaterThanOrEqualTo(x => x.SubmittedFrom).When(x => x.SubmittedFrom is not null && x.SubmittedTo is not null);
    }

    /// <summary>Every filter is a WHERE in SQL (the scale band is a stored column).</summary>
    public static IQueryable<Filing> Filter(this IQueryable<Filing> filings, IFilingFilters filters)
    {
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
            f.Status == FilingStatus.UnderReview && f.ReviewDueAt <= now,
            f.Status == FilingStatus.UnderReview && f.ReviewDueOn == today && f.ReviewDueAt > now,
            f.Version,
            f.CreatedAt);
    }
}

/// <summary>A list row and the filing's duplicate-check key.</summary>
internal sealed record ListItemWithKey(FilingListItemDto Item, DuplicateKey Key);
