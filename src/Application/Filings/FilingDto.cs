using InvestPromo.Application.Filings.Duplicates;
using InvestPromo.Application.Users;
using InvestPromo.Domain.Filings;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.Filings;

/// <summary>
/// One step of a filing's history. <see cref="ActorName"/> is the account name recorded at the time (a user name,
/// "api-key:…" or "system"); <see cref="ActorDisplayName"/> is what people read: the user's current display name (姓名),
/// or the recorded name when the actor is not a user (any more).
/// </summary>
public sealed record FilingHistoryDto(Guid Id, DateTimeOffset At, Guid? ActorId, string ActorName, FilingAction Action, string? Reason, string? Changes)
{
    public string ActorDisplayName { get; init; } = ActorName;
}

/// <summary>
/// One filing with every field and its full history, oldest first. <see cref="ReviewDueProvisional"/>: the deadline was counted
/// through a year whose official holiday notice is not yet in the calendar (it may move when that year is saved).
/// </summary>
public sealed record FilingDto(
    Guid Id,
    Guid UnitId,
    string? ProjectName,
    string? InvestorName,
    bool ForeignInvestor,
    string? CreditCode,
    string? SourceRegionCode,
    Guid? IndustryChainId,
    ProjectCategory? Category,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    decimal? PlannedFixedAssetInvestment,
    ScaleBand? ScaleBand,
    string? ConstructionContent,
    Guid? AssociationId,
    string? RecommenderName,
    string? RecommenderContact,
    string? ContactName,
    string? ContactPhone,
    FilingStatus Status,
    DateTimeOffset? SubmittedAt,
    DateOnly? ReviewDueOn,
    DateTimeOffset? ReviewDueAt,
    bool ReviewDueProvisional,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    string? ReturnReason,
    string? RevokedReason,
    int Version,
    DateTimeOffset CreatedAt,
    int AttachmentCount,
    IReadOnlyList<FilingHistoryDto> History)
{
    /// <summary>The project lead the filing pursues, if linked.</summary>
    public Guid? LeadId { get; init; }

    /// <summary>
    /// Filled only in the answer to a submission: other live filings that look like the same project, so the filer is
    /// warned (the submission has gone through). Null everywhere else; reviewers read them from the duplicates endpoint.
    /// </summary>
    public IReadOnlyList<DuplicateFilingDto>? SuspectedDuplicates { get; init; }

    /// <summary>
    /// Beside <see cref="SuspectedDuplicates"/> in the answer to a submission: the look-alikes of another unit, which a filer may
    /// not read, as the unit and the rules only (<see cref="DuplicateNotices"/>). Null everywhere else.
    /// </summary>
    public IReadOnlyList<DuplicateNoticeDto>? OtherUnitMatches { get; init; }
}

/// <summary>A row of a filing list or of the review queue (<see cref="ReviewDueProvisional"/> as in <see cref="FilingDto"/>).</summary>
public sealed record FilingListItemDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    string? ProjectName,
    string? InvestorName,
    string? SourceRegionCode,
    Guid? IndustryChainId,
    ProjectCategory? Category,
    ProjectStage? Stage,
    decimal? PlannedTotalInvestment,
    ScaleBand? ScaleBand,
    FilingStatus Status,
    DateTimeOffset? SubmittedAt,
    DateOnly? ReviewDueOn,
    DateTimeOffset? ReviewDueAt,
    bool ReviewDueProvisional,
    bool IsOverdue,
    bool IsDueToday,
    int Version,
    DateTimeOffset CreatedAt)
{
    /// <summary>In the review queue: how many suspected duplicates the filing has (pairs a reviewer dismissed not counted). Null in other lists.</summary>
    public int? SuspectedDuplicateCount { get; init; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class FilingMapper
{
    [MapProperty(nameof(Filing.History), nameof(FilingDto.History), Use = nameof(OrderedHistory))]
    [MapperIgnoreTarget(nameof(FilingDto.SuspectedDuplicates))]
    [MapperIgnoreTarget(nameof(FilingDto.OtherUnitMatches))]
    private static partial FilingDto ToDto(this Filing filing); // only through ToDtoAsync, which applies FilingContacts

    [MapperIgnoreTarget(nameof(FilingHistoryDto.ActorDisplayName))]
    public static partial FilingHistoryDto ToHistoryDto(this FilingHistoryEntry entry);

    /// <summary>
    /// The filing as the API shows it to <paramref name="reader"/>: contacts only as <see cref="FilingContacts"/> allows; its history
    /// names people by their display names (one query for them all).
    /// </summary>
    public static async Task<FilingDto> ToDtoAsync(this Filing filing, IUserAccounts users, ICurrentUser reader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var dto = filing.ToDto().ForCaller(reader);
        var ids = dto.History.Select(h => h.ActorId).OfType<Guid>().Distinct().ToList();
        var names = await users.DisplayNamesAsync(ids, ct);
        return dto with
        {
            History = dto.History
                .Select(h => h.ActorId is { } id && names.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? h with { ActorDisplayName = name } : h)
                .ToList(),
        };
    }

#pragma warning disable CA1859 // Mapperly needs the DTO's exact property type.
    private static IReadOnlyList<FilingHistoryDto> OrderedHistory(IReadOnlyList<FilingHistoryEntry> history) =>
        history.OrderBy(h => h.At).ThenBy(h => h.Id).Select(ToHistoryDto).ToList();
#pragma warning restore CA1859
}
