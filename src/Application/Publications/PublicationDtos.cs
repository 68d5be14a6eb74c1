using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Publications;

/// <summary>A publication without its entries (lists). Public: nothing here names a person.</summary>
public sealed record PublicationSummaryDto(
    Guid Id,
    int Year,
    int Number,
    string Label,
    DateOnly WeekStart,
    DateOnly WeekEnd,
    DateTimeOffset PublishedAt,
    DateOnly PublishedOn,
    int PublicityWorkingDays,
    DateOnly PublicityEndsOn,
    int EntryCount);

/// <summary>
/// One project as published: only public fields (no contact people, phones, credit codes, attachments or user ids).
/// <c>Id</c> is the entry's own id (objections will name it).
/// </summary>
public sealed record PublicationEntryDto(
    Guid Id,
    int Position,
    string ProjectName,
    string InvestorName,
    string UnitName,
    string? IndustryChainName,
    string? SourceRegionName,
    decimal PlannedTotalInvestment,
    ProjectStage Stage);

/// <summary>A publication with its entries, in list order.</summary>
public sealed record PublicationDto(
    Guid Id,
    int Year,
    int Number,
    string Label,
    DateOnly WeekStart,
    DateOnly WeekEnd,
    DateTimeOffset PublishedAt,
    DateOnly PublishedOn,
    int PublicityWorkingDays,
    DateOnly PublicityEndsOn,
    int EntryCount,
    int Version,
    IReadOnlyList<PublicationEntryDto> Entries);

public static class PublicationMapping
{
    public static PublicationDto ToDto(this Publication p) => new(
        p.Id, p.Year, p.Number, p.Label, p.WeekStart, p.WeekEnd, p.PublishedAt, p.PublishedOn, p.PublicityWorkingDays, p.PublicityEndsOn,
        p.EntryCount, p.Version,
        [.. p.Entries.OrderBy(e => e.Position).Select(e => new PublicationEntryDto(
            e.Id, e.Position, e.ProjectName, e.InvestorName, e.UnitName, e.IndustryChainName, e.SourceRegionName, e.PlannedTotalInvestment, e.Stage))]);
}
