using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Publications;

/// <summary>
/// 每周公示 (DOMAIN.md §3): the numbered list of the projects approved in one week (Monday–Sunday, China time),
/// published on or after the following Monday. One per week (the database holds WeekStart unique). Numbered in
/// publication order within the calendar year of the week's Monday ("2025年第12期"). The publicity period ends on
/// <see cref="PublicityEndsOn"/>: N working days after the publication day on the official calendar, the publication
/// day itself not counted (the calendar's add-working-days rule, as China's Civil Code art. 201 counts periods).
/// The entries are snapshots of the public fields, so the published list does not change when a filing does.
/// </summary>
public sealed class Publication : AuditableEntity
{
    /// <summary>
    /// A set, not a list: EF Core checks the collection for each entry it attaches, and a list's linear search made saving a
    /// week of 10,000 entries quadratic (issue 16's profile of publishing). The order is the entries' <see cref="PublicationEntry.Position"/>.
    /// </summary>
    private readonly HashSet<PublicationEntry> _entries = [];

    private Publication()
    {
    }

    /// <summary>The calendar year of <see cref="WeekStart"/>: the year the number counts in.</summary>
    public int Year { get; private set; }

    /// <summary>The sequential number within <see cref="Year"/>, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>The Monday of the week covered.</summary>
    public DateOnly WeekStart { get; private set; }

    /// <summary>The Sunday of the week covered.</summary>
    public DateOnly WeekEnd { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The China date of <see cref="PublishedAt"/>.</summary>
    public DateOnly PublishedOn { get; private set; }

    public int PublicityWorkingDays { get; private set; }

    /// <summary>The last day of the publicity period (inclusive, China time).</summary>
    public DateOnly PublicityEndsOn { get; private set; }

    public int EntryCount { get; private set; }

    /// <summary>The entries in their published order (a copy).</summary>
    public IReadOnlyCollection<PublicationEntry> Entries => [.. _entries.OrderBy(e => e.Position)];

    /// <summary>"2025年第12期".</summary>
    public string Label => LabelOf(Year, Number);

    public static string LabelOf(int year, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}年第{number}期");

    /// <summary>The number the next publication of <paramref name="year"/> gets, given the highest so far (null: none).</summary>
    public static int NextNumber(int? highestSoFar) => (highestSoFar ?? 0) + 1;

    /// <summary>
    /// Publishes the week starting on <paramref name="weekStart"/>. The week must be over, and have at least one approved
    /// project (an empty week is not published and consumes no number). <paramref name="publicityEndsOn"/> comes from the
    /// working-day calendar and must fall after the publication day.
    /// </summary>
    public static Publication Publish(
        DateOnly weekStart,
        int number,
        IReadOnlyList<PublicationEntryData> entries,
        DateTimeOffset now,
        int publicityWorkingDays,
        DateOnly publicityEndsOn,
        Guid? by)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (weekStart.DayOfWeek != DayOfWeek.Monday)
        {
            throw DomainRuleException.Invalid("publication.week-start-invalid", "A publication week starts on a Monday.");
        }

        if (!PublicationWeek.IsCompleted(weekStart, now))
        {
            throw DomainRuleException.Conflict("publication.week-not-completed", "Only a week that has ended can be published.");
        }

        if (entries.Count == 0)
        {
            throw DomainRuleException.Conflict("publication.week-empty", "No project was approved in that week.");
        }

        if (number < 1)
        {
            throw DomainRuleException.Invalid("publication.number-invalid", "Publication numbers start at 1.");
        }

        var publishedOn = ChinaTime.DateOf(now);
        if (publicityWorkingDays < 1 || publicityEndsOn <= publishedOn)
        {
            throw DomainRuleException.Invalid("publication.publicity-invalid", "The publicity period must end after the publication day.");
        }

        var publication = new Publication
        {
            Year = weekStart.Year,
            Number = number,
            WeekStart = weekStart,
            WeekEnd = PublicationWeek.EndOf(weekStart),
            PublishedAt = now,
            PublishedOn = publishedOn,
            PublicityWorkingDays = publicityWorkingDays,
            PublicityEndsOn = publicityEndsOn,
            EntryCount = entries.Count,
        };
        var position = 0;
        foreach (var data in entries)
        {
            if (PublicationWeek.Containing(data.ApprovedAt) != weekStart)
            {
                throw DomainRuleException.Conflict("publication.entry-outside-week", "An entry was approved outside the publication's week.");
            }

            publication._entries.Add(new PublicationEntry(publication.Id, ++position, data));
        }

        publication.Stamp(by, now);
        publication.AddDomainEvent(new PublicationPublished(publication.Id, publication.Year, publication.Number, weekStart, publication.PublicityEndsOn, publication.EntryCount));
        return publication;
    }

    /// <summary>Whether the publicity period is still running at <paramref name="now"/> (through the end of its last day, China time).</summary>
    public bool IsInPublicity(DateTimeOffset now) =>
        now < ChinaTime.EndOfDay(PublicityEndsOn);
}

/// <summary>A week's list was published (one event per publication, however many entries it has).</summary>
public sealed record PublicationPublished(Guid PublicationId, int Year, int Number, DateOnly WeekStart, DateOnly PublicityEndsOn, int EntryCount) : IDomainEvent
{
    public Guid PublicationId { get; } = PublicationId;

    public int Year { get; } = Year;

    public int Number { get; } = Number;

    public DateOnly WeekStart { get; } = WeekStart;

    public DateOnly PublicityEndsOn { get; } = PublicityEndsOn;

    public int EntryCount { get; } = EntryCount;
}

/// <summary>The public fields of one approved filing, as published.</summary>
public readonly record struct PublicationEntryData(
    Guid FilingId,
    DateTimeOffset ApprovedAt,
    string ProjectName,
    string InvestorName,
    string UnitName,
    string? IndustryChainName,
    string? SourceRegionName,
    decimal PlannedTotalInvestment,
    ProjectStage Stage);

/// <summary>
/// One project on a publication: a snapshot of its public fields at publishing. Never contact people, phones,
/// credit codes or attachments. Objections (a later step) attach to an entry.
/// </summary>
public sealed class PublicationEntry : Entity
{
    private PublicationEntry()
    {
        ProjectName = string.Empty;
        InvestorName = string.Empty;
        UnitName = string.Empty;
    }

    internal PublicationEntry(Guid publicationId, int position, PublicationEntryData data)
    {
        PublicationId = publicationId;
        Position = position;
        FilingId = data.FilingId;
        ApprovedAt = data.ApprovedAt;
        ProjectName = data.ProjectName;
        InvestorName = data.InvestorName;
        UnitName = data.UnitName;
        IndustryChainName = data.IndustryChainName;
        SourceRegionName = data.SourceRegionName;
        PlannedTotalInvestment = data.PlannedTotalInvestment;
        Stage = data.Stage;
    }

    public Guid PublicationId { get; private set; }

    /// <summary>1-based order on the list (by approval time).</summary>
    public int Position { get; private set; }

    public Guid FilingId { get; private set; }

    public DateTimeOffset ApprovedAt { get; private set; }

    public string ProjectName { get; private set; }

    public string InvestorName { get; private set; }

    public string UnitName { get; private set; }

    public string? IndustryChainName { get; private set; }

    public string? SourceRegionName { get; private set; }

    /// <summary>Planned total investment in yuan.</summary>
    public decimal PlannedTotalInvestment { get; private set; }

    public ProjectStage Stage { get; private set; }
}
