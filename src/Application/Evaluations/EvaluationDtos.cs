using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations;

/// <summary>A year's scheme: its content and the version to send back with an edit; <see cref="Locked"/> once the year's evaluation is open.</summary>
public sealed record EvaluationSchemeDto(Guid Id, int Year, string Name, decimal TotalScore, IReadOnlyList<EvaluationGroup> Groups, bool Locked, int Version);

/// <summary>A shipped template.</summary>
public sealed record EvaluationTemplateDto(string Key, string Name, decimal TotalScore, IReadOnlyList<EvaluationGroup> Groups);

/// <summary>A year's evaluation in the list.</summary>
public sealed record EvaluationSummaryDto(
    Guid Id, int Year, DateOnly PeriodStart, DateOnly PeriodEnd, EvaluationStatus Status, int Revision, DateOnly ScoringDeadline,
    DateTimeOffset OpenedAt, DateTimeOffset? PublishedAt, DateTimeOffset? RevisedAt, int AssociationCount, int Version);

/// <summary>A manual score as entered, with its version for the next edit.</summary>
public sealed record ManualScoreDto(string IndicatorCode, decimal Score, string? Note, string? Evidence, string ScoredByName, DateTimeOffset ScoredAt, string? CorrectionReason, int Version);

/// <summary>One association's current line: frozen values, each indicator's and group's score, total and rank, its manual scores.</summary>
public sealed record EvaluationRowDto(
    Guid AssociationId, string AssociationName, decimal Total, int Rank, bool WouldPublish,
    IReadOnlyDictionary<string, decimal> GroupScores, IReadOnlyDictionary<string, decimal> IndicatorScores,
    IReadOnlyDictionary<EvaluationMetric, decimal> Values, IReadOnlyList<ManualScoreDto> ManualScores, int MissingManualScores);

/// <summary>An approved revision in a list.</summary>
public sealed record EvaluationRevisionSummaryDto(int Number, DateTimeOffset ApprovedAt, string ApprovedByName, int TopN, int PublishedCount, string? Reason);

/// <summary>A year's evaluation with its frozen scheme, current results (by rank) and approved revisions.</summary>
public sealed record EvaluationDetailDto(
    EvaluationSummaryDto Evaluation, EvaluationSchemeDefinition Scheme, int TopN, int MissingManualScores,
    IReadOnlyList<EvaluationRowDto> Rows, IReadOnlyList<EvaluationRevisionSummaryDto> Revisions);

/// <summary>An approved revision as the center reads it (every association, published or not).</summary>
public sealed record EvaluationRevisionDto(int Year, EvaluationRevisionSummaryDto Revision, EvaluationSchemeDefinition Scheme, IReadOnlyList<EvaluationRevisionRow> Rows);

/// <summary>A published line of the public 榜单: name, total, rank and group scores only (no contacts).</summary>
public sealed record PublicEvaluationRowDto(int Rank, string AssociationName, decimal Total, IReadOnlyDictionary<string, decimal> GroupScores);

/// <summary>A group's header on the public 榜单.</summary>
public sealed record PublicEvaluationGroupDto(string Code, string Name, decimal MaxScore);

/// <summary>The public 榜单 of a year: the published revision (the latest unless asked), when it was revised, the published lines.</summary>
public sealed record PublicEvaluationDto(
    int Year, DateOnly PeriodStart, DateOnly PeriodEnd, string SchemeName, decimal TotalScore, int Revision, int LatestRevision,
    DateTimeOffset PublishedAt, DateTimeOffset? RevisedAt, IReadOnlyList<PublicEvaluationGroupDto> Groups, IReadOnlyList<PublicEvaluationRowDto> Rows);

/// <summary>A year with a published 榜单.</summary>
public sealed record PublicEvaluationYearDto(int Year, int Revision, DateTimeOffset PublishedAt, DateTimeOffset? RevisedAt, int PublishedCount);

/// <summary>The signed-in association's own result in a year's latest approved revision.</summary>
public sealed record AssociationEvaluationResultDto(int Year, int Revision, decimal Total, decimal TotalScore, int Rank, bool Published, int EvaluatedCount, DateTimeOffset ApprovedAt);
