using InvestPromo.Domain.Objections;

namespace InvestPromo.Application.Objections;

/// <summary>
/// What the objector gets back on lodging: the receipt code (shown once; only its hash is kept) to check the status later.
/// </summary>
public sealed record LodgedObjectionDto(
    string ReceiptCode,
    DateTimeOffset LodgedAt,
    ObjectionStatus Status,
    string ProjectName,
    string PublicationLabel,
    DateOnly PublicityEndsOn);

/// <summary>
/// The objector's view of an objection, found by its receipt code: where it stands and, once decided, the outcome and the
/// reviewer's reason. Names no one.
/// </summary>
public sealed record ObjectionReceiptDto(
    DateTimeOffset LodgedAt,
    ObjectionStatus Status,
    ObjectionRemedy? Remedy,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    string ProjectName,
    string PublicationLabel);

/// <summary>An objection as reviewers see it: the objector, the text, the evidence, the project and the outcome.</summary>
public sealed record ObjectionDto(
    Guid Id,
    Guid PublicationId,
    string PublicationLabel,
    Guid EntryId,
    Guid FilingId,
    string ProjectName,
    string ObjectorName,
    string Contact,
    string Text,
    DateTimeOffset LodgedAt,
    bool HasEvidence,
    string? EvidenceFileName,
    long? EvidenceSizeBytes,
    ObjectionStatus Status,
    ObjectionRemedy? Remedy,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    int Version);

/// <summary>An objection's evidence file, to download.</summary>
public sealed record ObjectionEvidenceContent(Stream Content, string ContentType, string FileName);
