using System.Text.Json;
using System.Text.Json.Serialization;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Evaluations;

/// <summary>Where a year's evaluation stands.</summary>
public enum EvaluationStatus
{
    /// <summary>Open: reviewers enter manual scores; not yet approved.</summary>
    Scoring = 1,

    /// <summary>Approved: the latest revision is published.</summary>
    Published = 2,

    /// <summary>Published, and a manual score was corrected since: waiting for re-approval (the published revision still stands).</summary>
    Correcting = 3,
}

/// <summary>A year's evaluation was opened: the reviewers are told that manual scoring is open until the deadline.</summary>
public sealed record EvaluationOpened(Guid EvaluationId, int Year, DateOnly ScoringDeadline) : IDomainEvent
{
    public Guid EvaluationId { get; } = EvaluationId;

    public int Year { get; } = Year;

    public DateOnly ScoringDeadline { get; } = ScoringDeadline;
}

/// <summary>A revision was approved and published: each evaluated association's users are told their score and rank.</summary>
public sealed record EvaluationPublished(Guid EvaluationId, Guid RevisionId, int Year, int Revision, IReadOnlyList<EvaluationRevisionRow> Rows) : IDomainEvent
{
    public IReadOnlyList<EvaluationRevisionRow> Rows { get; } = Rows;

    public Guid EvaluationId { get; } = EvaluationId;

    public Guid RevisionId { get; } = RevisionId;

    public int Year { get; } = Year;

    public int Revision { get; } = Revision;
}

/// <summary>
/// A year's evaluation of the associations (每年11月底量化评价, DOMAIN §7): the period 1 December of the year before .. 30 November,
/// the scheme frozen when it opened, a snapshot of every data indicator for every active association (<see cref="EvaluationEntry"/>),
/// the reviewers' manual scores, and the approved revisions. One per year (a unique index): opening it twice answers the first.
/// </summary>
public sealed class AssociationEvaluation : AuditableEntity
{
    public const int NameMaxLength = 100;
    public const int ReasonMaxLength = 1000;

    private AssociationEvaluation()
    {
        SchemeJson = "{}";
    }

    public int Year { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The year's scheme as it was when the evaluation opened (<see cref="EvaluationSchemeDefinition"/> JSON).</summary>
    public string SchemeJson { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The last working day of manual scoring (N working days after opening).</summary>
    public DateOnly ScoringDeadline { get; private set; }

    public EvaluationStatus Status { get; private set; }

    /// <summary>The number of the latest approved revision; 0 before the first approval.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the latest revision after the first was approved (the public page's "revised on").</summary>
    public DateTimeOffset? RevisedAt { get; private set; }

    public EvaluationSchemeDefinition Scheme => EvaluationSchemeDefinition.FromJson(SchemeJson);

    /// <summary>The period of a year's evaluation: 1 December of the year before .. 30 November.</summary>
    public static (DateOnly Start, DateOnly End) PeriodOf(int year) => (new DateOnly(year - 1, 12, 1), new DateOnly(year, 11, 30));

    /// <summary>A year's period has closed when China's date is after its 30 November; otherwise 409 <c>evaluation.period-not-ended</c>.</summary>
    public static void EnsurePeriodEnded(int year, DateOnly today)
    {
        if (today <= PeriodOf(year).End)
        {
            throw DomainRuleException.Conflict("evaluation.period-not-ended", "The year's evaluation period (to 30 November) has not ended yet.");
        }
    }

    public static AssociationEvaluation Open(int year, EvaluationSchemeDefinition scheme, DateOnly scoringDeadline, Guid? by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        scheme.EnsureValid();
        var (start, end) = PeriodOf(year);
        var evaluation = new AssociationEvaluation
        {
            Year = year,
            PeriodStart = start,
            PeriodEnd = end,
            SchemeJson = scheme.ToJson(),
            OpenedAt = now,
            ScoringDeadline = scoringDeadline,
            Status = EvaluationStatus.Scoring,
        };
        evaluation.Stamp(by, now);
        evaluation.AddDomainEvent(new EvaluationOpened(evaluation.Id, year, scoringDeadline));
        return evaluation;
    }

    /// <summary>
    /// A manual score is about to change. Before the first approval nothing else happens; after publication it is a correction:
    /// a reason is required (422 <c>evaluation.reason-required</c>) and the evaluation waits for re-approval.
    /// </summary>
    public void BeforeScoreChange(string? reason)
    {
        if (Revision == 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainRuleException.Invalid("evaluation.reason-required", "A correction after publication needs its reason.");
        }

        Status = EvaluationStatus.Correcting;
    }

    /// <summary>
    /// Approves the current results as revision n + 1 and publishes it. Refused with 409 <c>evaluation.manual-scores-missing</c>
    /// when a manual score is missing, and 409 <c>evaluation.already-approved</c> when nothing changed since the last approval.
    /// </summary>
    public EvaluationRevision Approve(int missingManualScores, int topN, IReadOnlyList<EvaluationRevisionRow> rows, string? reason, Guid? by, string byName, DateTimeOffset now)
    {
        if (Status == EvaluationStatus.Published)
        {
            throw DomainRuleException.Conflict("evaluation.already-approved", "This evaluation is approved and nothing was corrected since.");
        }

        if (missingManualScores > 0)
        {
            throw DomainRuleException.Conflict("evaluation.manual-scores-missing", $"{missingManualScores} manual scores are missing.");
        }

        Revision++;
        Status = EvaluationStatus.Published;
        PublishedAt ??= now;
        if (Revision > 1)
        {
            RevisedAt = now;
        }

        var revision = EvaluationRevision.Create(this, topN, rows, reason, by, byName, now);
        AddDomainEvent(new EvaluationPublished(Id, revision.Id, Year, Revision, rows));
        return revision;
    }
}

/// <summary>One association's frozen data indicator values in an evaluation (the snapshot taken when it opened).</summary>
public sealed class EvaluationEntry : Entity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private EvaluationEntry()
    {
        AssociationName = string.Empty;
        ValuesJson = "{}";
    }

    public Guid EvaluationId { get; private set; }

    public Guid AssociationId { get; private set; }

    public string AssociationName { get; private set; }

    /// <summary>Metric → value, as JSON.</summary>
    public string ValuesJson { get; private set; }

    public IReadOnlyDictionary<EvaluationMetric, decimal> Values => ParseValues(ValuesJson);

    public static IReadOnlyDictionary<EvaluationMetric, decimal> ParseValues(string json) =>
        JsonSerializer.Deserialize<Dictionary<EvaluationMetric, decimal>>(json, Json) ?? [];

    public static EvaluationEntry Snapshot(Guid evaluationId, Guid associationId, string associationName, IReadOnlyDictionary<EvaluationMetric, decimal> values) => new()
    {
        EvaluationId = evaluationId,
        AssociationId = associationId,
        AssociationName = associationName,
        ValuesJson = JsonSerializer.Serialize(Enum.GetValues<EvaluationMetric>().ToDictionary(m => m, m => values.GetValueOrDefault(m)), Json),
    };
}

/// <summary>A reviewer's score of one manual indicator for one association, with a note and evidence; edits send its version.</summary>
public sealed class EvaluationManualScore : AuditableEntity
{
    public const int NoteMaxLength = 1000;
    public const int EvidenceMaxLength = 1000;

    private EvaluationManualScore()
    {
        IndicatorCode = string.Empty;
        ScoredByName = string.Empty;
    }

    public Guid EvaluationId { get; private set; }

    public Guid AssociationId { get; private set; }

    public string IndicatorCode { get; private set; }

    public decimal Score { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Evidence: a text or a link.</summary>
    public string? Evidence { get; private set; }

    public Guid? ScoredById { get; private set; }

    public string ScoredByName { get; private set; }

    public DateTimeOffset ScoredAt { get; private set; }

    /// <summary>Why a published score was corrected.</summary>
    public string? CorrectionReason { get; private set; }

    public static EvaluationManualScore Enter(Guid evaluationId, Guid associationId, EvaluationIndicator indicator, decimal score, string? note, string? evidence, string? reason, Guid? by, string byName, DateTimeOffset now)
    {
        var entry = new EvaluationManualScore { EvaluationId = evaluationId, AssociationId = associationId, IndicatorCode = indicator.Code };
        entry.Change(indicator, score, note, evidence, reason, by, byName, now);
        entry.Stamp(by, now);
        return entry;
    }

    public void Change(EvaluationIndicator indicator, decimal score, string? note, string? evidence, string? reason, Guid? by, string byName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Kind != IndicatorKind.Manual || indicator.Code != IndicatorCode)
        {
            throw DomainRuleException.Invalid("evaluation.indicator-not-manual", "Only manual indicators are scored by hand.");
        }

        if (score < 0 || score > indicator.MaxScore || decimal.Round(score, 2) != score)
        {
            throw DomainRuleException.Invalid("evaluation.score-out-of-range", "The score is between 0 and the indicator's maximum, with at most 2 decimals.");
        }

        Score = score;
        Note = Guard.OptionalText(note, NoteMaxLength, "evaluation.text-invalid", "Note");
        Evidence = Guard.OptionalText(evidence, EvidenceMaxLength, "evaluation.text-invalid", "Evidence");
        CorrectionReason = string.IsNullOrWhiteSpace(reason) ? CorrectionReason : Guard.Text(reason, AssociationEvaluation.ReasonMaxLength, "evaluation.text-invalid", "Reason");
        ScoredById = by;
        ScoredByName = byName;
        ScoredAt = now;
    }
}

/// <summary>One association's line in an approved revision.</summary>
public sealed record EvaluationRevisionRow(
    Guid AssociationId,
    string AssociationName,
    decimal Total,
    int Rank,
    bool Published,
    IReadOnlyDictionary<string, decimal> GroupScores,
    IReadOnlyDictionary<string, decimal> IndicatorScores,
    IReadOnlyDictionary<EvaluationMetric, decimal> Values)
{
    public Guid AssociationId { get; } = AssociationId;

    public string AssociationName { get; } = AssociationName;

    public decimal Total { get; } = Total;

    public int Rank { get; } = Rank;

    public bool Published { get; } = Published;

    public IReadOnlyDictionary<string, decimal> GroupScores { get; } = GroupScores;

    public IReadOnlyDictionary<string, decimal> IndicatorScores { get; } = IndicatorScores;

    public IReadOnlyDictionary<EvaluationMetric, decimal> Values { get; } = Values;
}

/// <summary>An approved, immutable revision of a year's evaluation: every association's total and rank, and who is published.</summary>
public sealed class EvaluationRevision : Entity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private EvaluationRevision()
    {
        ApprovedByName = string.Empty;
        RowsJson = "[]";
        SchemeJson = "{}";
    }

    public Guid EvaluationId { get; private set; }

    public int Year { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset ApprovedAt { get; private set; }

    public Guid? ApprovedById { get; private set; }

    public string ApprovedByName { get; private set; }

    /// <summary>How many places were to be published (all tied at the last place are in, so <see cref="PublishedCount"/> may be more).</summary>
    public int TopN { get; private set; }

    public int PublishedCount { get; private set; }

    /// <summary>The correction's reason (revisions after the first).</summary>
    public string? Reason { get; private set; }

    public string SchemeJson { get; private set; }

    /// <summary>The <see cref="EvaluationRevisionRow"/>s as JSON, by rank.</summary>
    public string RowsJson { get; private set; }

    public IReadOnlyList<EvaluationRevisionRow> Rows => JsonSerializer.Deserialize<List<EvaluationRevisionRow>>(RowsJson, Json) ?? [];

    internal static EvaluationRevision Create(AssociationEvaluation evaluation, int topN, IReadOnlyList<EvaluationRevisionRow> rows, string? reason, Guid? by, string byName, DateTimeOffset now)
    {
        if (topN < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(topN), topN, "At least one place is published.");
        }

        var marked = rows.Select(r => new EvaluationRevisionRow(
            r.AssociationId, r.AssociationName, r.Total, r.Rank, EvaluationScoring.IsPublished(r.Rank, topN), r.GroupScores, r.IndicatorScores, r.Values)).ToList();
        return new EvaluationRevision
        {
            EvaluationId = evaluation.Id,
            Year = evaluation.Year,
            Number = evaluation.Revision,
            ApprovedAt = now,
            ApprovedById = by,
            ApprovedByName = byName,
            TopN = topN,
            PublishedCount = marked.Count(r => r.Published),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            SchemeJson = evaluation.SchemeJson,
            RowsJson = JsonSerializer.Serialize(marked, Json),
        };
    }
}
