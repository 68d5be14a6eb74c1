namespace InvestPromo.Domain.Filings;

/// <summary>One step of a filing's history: who did what when, with the reviewer's reasons or the fields an edit changed.</summary>
public sealed class FilingHistoryEntry
{
    public const int ActorNameMaxLength = 256;

    private FilingHistoryEntry()
    {
        ActorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FilingId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public FilingAction Action { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>For edits: JSON object field → [before, after].</summary>
    public string? Changes { get; private set; }

    internal static FilingHistoryEntry Record(Guid filingId, FilingActor actor, DateTimeOffset at, FilingAction action, string? reason = null, string? changes = null) => new()
    {
        Id = Guid.CreateVersion7(),
        FilingId = filingId,
        At = at,
        ActorId = actor.Id,
        ActorName = actor.Name.Length > ActorNameMaxLength ? actor.Name[..ActorNameMaxLength] : actor.Name,
        Action = action,
        Reason = reason,
        Changes = changes,
    };
}

/// <summary>Who acts on a filing: the user's id (null for an API key or a job) and a name for the history.</summary>
public readonly record struct FilingActor(Guid? Id, string Name);
