using System.Net.Mail;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Domain.Objections;

/// <summary>Where an objection stands.</summary>
public enum ObjectionStatus
{
    /// <summary>复核中: lodged; the filing is under re-review until a reviewer records an outcome.</summary>
    Pending = 1,

    /// <summary>异议不成立: dismissed; the filing stays approved (unless another objection on it is upheld).</summary>
    Dismissed = 2,

    /// <summary>异议成立: upheld; the approval was revoked or the filing returned to its unit for correction.</summary>
    Upheld = 3,
}

/// <summary>What happens to the filing when an objection is upheld.</summary>
public enum ObjectionRemedy
{
    /// <summary>撤销备案: the approval is revoked.</summary>
    Revoke = 1,

    /// <summary>退回修改: the filing goes back to its unit for correction and resubmission.</summary>
    Return = 2,
}

/// <summary>The objector's own words, as lodged.</summary>
public readonly record struct ObjectionData(string? ObjectorName, string? Contact, string? Text);

/// <summary>The evidence file an objector attached (bytes in file storage under <see cref="StorageKey"/>).</summary>
public readonly record struct ObjectionEvidence(string FileName, string ContentType, long SizeBytes, string Sha256, string StorageKey);

/// <summary>
/// 异议 (DOMAIN.md §3): during a publication's publicity period anyone may object to a project on it. The objection puts
/// the filing into re-review (复核, <see cref="Filing.ReceiveObjection"/>); a reviewer records the outcome with a reason:
/// dismissed (the filing stays approved) or upheld (approval revoked, or the filing returned for correction). The objector
/// holds a receipt code to check the status later; only its SHA-256 is stored. The objector's name, contact and address
/// are never shown publicly, nor to the filing unit.
/// </summary>
public sealed class Objection : AuditableEntity
{
    public const int NameMaxLength = 50;
    public const int ContactMaxLength = 100;
    public const int TextMinLength = 10;
    public const int TextMaxLength = 2000;
    public const int HashLength = 64;

    private Objection()
    {
        ObjectorName = string.Empty;
        Contact = string.Empty;
        Text = string.Empty;
        ReceiptCodeHash = string.Empty;
        ClientAddressHash = string.Empty;
        ProjectName = string.Empty;
    }

    public Guid PublicationId { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid FilingId { get; private set; }

    /// <summary>The project's name as published (for lists and the objector's receipt).</summary>
    public string ProjectName { get; private set; }

    public string ObjectorName { get; private set; }

    /// <summary>A mainland phone number or an e-mail address.</summary>
    public string Contact { get; private set; }

    public string Text { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the normalised receipt code (<see cref="ReceiptCode"/>); unique.</summary>
    public string ReceiptCodeHash { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the client address, for the per-address limits (the address itself is not kept).</summary>
    public string ClientAddressHash { get; private set; }

    public DateTimeOffset LodgedAt { get; private set; }

    public string? EvidenceFileName { get; private set; }

    public string? EvidenceContentType { get; private set; }

    public long? EvidenceSizeBytes { get; private set; }

    public string? EvidenceSha256 { get; private set; }

    public string? EvidenceStorageKey { get; private set; }

    public bool HasEvidence => EvidenceStorageKey is not null;

    public ObjectionStatus Status { get; private set; }

    public ObjectionRemedy? Remedy { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>
    /// Lodges an objection on one entry of a publication during its publicity period. The filing must still stand on that
    /// publication: approved (or already under re-review) by the very approval that was published.
    /// </summary>
    public static Objection Lodge(
        Publication publication,
        PublicationEntry entry,
        Filing filing,
        ObjectionData data,
        ObjectionEvidence? evidence,
        string receiptCodeHash,
        string clientAddressHash,
        DateTimeOffset now)
    {
        EnsureOpen(publication, entry, filing, now);
        var name = Guard.Text(data.ObjectorName, NameMaxLength, "objection.name-invalid", "Name");
        var contact = ParseContact(data.Contact);
        var text = Guard.MultiLineText(data.Text, TextMaxLength, "objection.text-invalid", "Objection");
        if (text.Length < TextMinLength)
        {
            throw DomainRuleException.Invalid("objection.text-invalid", $"The objection must be at least {TextMinLength} characters.");
        }

        var objection = new Objection
        {
            PublicationId = publication.Id,
            EntryId = entry.Id,
            FilingId = filing.Id,
            ProjectName = entry.ProjectName,
            ObjectorName = name,
            Contact = contact,
            Text = text,
            ReceiptCodeHash = Hash(receiptCodeHash, nameof(receiptCodeHash)),
            ClientAddressHash = Hash(clientAddressHash, nameof(clientAddressHash)),
            LodgedAt = now,
            Status = ObjectionStatus.Pending,
        };
        if (evidence is { } file)
        {
            objection.EvidenceFileName = AttachmentFileName.Sanitise(file.FileName);
            objection.EvidenceContentType = Guard.Text(file.ContentType, FilingAttachment.ContentTypeMaxLength, "attachment.content-type-invalid", "Content type");
            objection.EvidenceSizeBytes = file.SizeBytes > 0 ? file.SizeBytes : throw DomainRuleException.Invalid("attachment.empty-invalid", "The file is empty.");
            objection.EvidenceSha256 = Hash(file.Sha256, nameof(evidence));
            objection.EvidenceStorageKey = Guard.Text(file.StorageKey, FilingAttachment.StorageKeyMaxLength, "attachment.storage-key-invalid", "Storage key");
        }

        objection.Stamp(null, now);
        filing.ReceiveObjection(objection.Id, text, now);
        objection.AddDomainEvent(new ObjectionLodged(objection.Id, filing.Id, entry.ProjectName));
        return objection;
    }

    /// <summary>
    /// Whether the entry takes objections at <paramref name="now"/>: the publication is in its publicity period (through the
    /// end of its last day, China time) and the filing still stands as published.
    /// </summary>
    public static void EnsureOpen(Publication publication, PublicationEntry entry, Filing filing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(filing);
        if (entry.PublicationId != publication.Id || entry.FilingId != filing.Id)
        {
            throw new ArgumentException("The entry is not this publication's entry for this filing.", nameof(entry));
        }

        if (now < publication.PublishedAt || !publication.IsInPublicity(now))
        {
            throw DomainRuleException.Conflict("objection.publicity-ended", "The publicity period of this publication has ended; objections are no longer accepted.");
        }

        if (filing.Status is not (FilingStatus.Approved or FilingStatus.UnderReReview) || filing.DecidedAt != entry.ApprovedAt)
        {
            throw DomainRuleException.Conflict("objection.entry-closed", "This project's approval no longer stands as published; objections to it are closed.");
        }
    }

    /// <summary>异议不成立: the reviewer dismisses the objection with a reason. The filing stays approved once no other objection is open.</summary>
    public void Dismiss(Filing filing, FilingActor reviewer, string? reason, DateTimeOffset now)
    {
        RequirePending(filing);
        var checkedReason = Filing.CheckedReason(reason);
        filing.DismissObjection(reviewer, now, checkedReason);
        Decide(ObjectionStatus.Dismissed, null, checkedReason, reviewer, now);
    }

    /// <summary>
    /// 异议成立: the reviewer upholds the objection with a reason, revoking the approval or returning the filing to its unit.
    /// The filing's other open objections are closed with the same outcome (<see cref="UpholdTogetherWith"/>).
    /// </summary>
    public void Uphold(Filing filing, ObjectionRemedy remedy, FilingActor reviewer, string? reason, DateTimeOffset now)
    {
        RequirePending(filing);
        if (!Enum.IsDefined(remedy))
        {
            throw DomainRuleException.Invalid("objection.remedy-invalid", "Unknown outcome.");
        }

        var checkedReason = Filing.CheckedReason(reason);
        filing.UpholdObjection(remedy, reviewer, now, checkedReason);
        Decide(ObjectionStatus.Upheld, remedy, checkedReason, reviewer, now);
    }

    /// <summary>Closes another open objection on the same filing when <paramref name="upheld"/> was upheld: the re-review is over for all of them.</summary>
    public void UpholdTogetherWith(Objection upheld, FilingActor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(upheld);
        if (upheld.FilingId != FilingId || upheld.Status != ObjectionStatus.Upheld || Status != ObjectionStatus.Pending || upheld.Id == Id)
        {
            throw new InvalidOperationException("Only another open objection on the same filing is closed with an upheld one.");
        }

        Decide(ObjectionStatus.Upheld, upheld.Remedy, upheld.DecisionReason, reviewer, now);
    }

    private void RequirePending(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (filing.Id != FilingId)
        {
            throw new ArgumentException("That is not the filing objected to.", nameof(filing));
        }

        if (Status != ObjectionStatus.Pending)
        {
            throw DomainRuleException.Conflict("objection.already-decided", "The outcome of this objection has already been recorded.");
        }
    }

    private void Decide(ObjectionStatus status, ObjectionRemedy? remedy, string? reason, FilingActor reviewer, DateTimeOffset now)
    {
        Status = status;
        Remedy = remedy;
        DecisionReason = reason;
        DecidedAt = now;
        DecidedBy = reviewer.Id;
        DecidedByName = reviewer.Name.Length > FilingHistoryEntry.ActorNameMaxLength ? reviewer.Name[..FilingHistoryEntry.ActorNameMaxLength] : reviewer.Name;
        AddDomainEvent(new ObjectionDecided(Id, FilingId, status, remedy));
    }

    /// <summary>A mainland phone number (spaces removed) or an e-mail address (lower-cased domain).</summary>
    public static string ParseContact(string? contact)
    {
        var value = Guard.Text(contact, ContactMaxLength, "objection.contact-invalid", "Contact");
        if (PhoneNumber.IsValid(value))
        {
            return PhoneNumber.Parse(value).Value;
        }

        if (value.Contains('@', StringComparison.Ordinal) && !value.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(value, out var mail) && mail.Address == value && mail.Host.Contains('.', StringComparison.Ordinal))
        {
            return mail.User + "@" + mail.Host.ToLowerInvariant();
        }

        throw DomainRuleException.Invalid("objection.contact-invalid", "Give a mainland phone number or an e-mail address.");
    }

    private static string Hash(string? value, string name)
    {
        var hash = value?.Trim().ToLowerInvariant();
        return hash is { Length: HashLength } && hash.All(Uri.IsHexDigit)
            ? hash
            : throw new ArgumentException("Expected 64 hex digits (a SHA-256).", name);
    }
}

/// <summary>An objection was lodged: reviewers are notified in the same transaction (Application's <c>NotifyReviewersWhenObjectionLodged</c>).</summary>
public sealed record ObjectionLodged(Guid ObjectionId, Guid FilingId, string ProjectName) : IDomainEvent
{
    public Guid ObjectionId { get; } = ObjectionId;

    public Guid FilingId { get; } = FilingId;

    public string ProjectName { get; } = ProjectName;
}

/// <summary>An objection's outcome was recorded (dismissed, or upheld with its remedy; also each objection closed with an upheld one).</summary>
public sealed record ObjectionDecided(Guid ObjectionId, Guid FilingId, ObjectionStatus Outcome, ObjectionRemedy? Remedy) : IDomainEvent
{
    public Guid ObjectionId { get; } = ObjectionId;

    public Guid FilingId { get; } = FilingId;

    public ObjectionStatus Outcome { get; } = Outcome;

    public ObjectionRemedy? Remedy { get; } = Remedy;
}
