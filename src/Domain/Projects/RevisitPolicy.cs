using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Projects;

/// <summary>
/// How often a signed project is revisited (定期回访, seed 001 三(四)), by how far it has come: days between revisits after signing,
/// after the confirmed start, after the confirmed completion. A project's own interval overrides the stage's
/// (<see cref="TrackedProject.RevisitIntervalDays"/>). Built from configuration ("ProjectService:RevisitDays") and checked at start-up.
/// </summary>
public sealed record RevisitPolicy(int SignedDays, int StartedDays, int CompletedDays)
{
    public int SignedDays { get; } = SignedDays;

    public int StartedDays { get; } = StartedDays;

    public int CompletedDays { get; } = CompletedDays;

    public const int MinDays = 7;
    public const int MaxDays = 366;

    /// <summary>The defaults: every 90 days after signing, 60 after the start, 90 once completed (quarterly, like 季调度).</summary>
    public static RevisitPolicy Default { get; } = new(90, 60, 90);

    /// <summary>Whether an interval (the stage's or a project's own) is one the rules accept: 7 to 366 days.</summary>
    public static bool IsValidInterval(int days) => days is >= MinDays and <= MaxDays;

    /// <summary>Refuses intervals outside 7–366 days.</summary>
    public RevisitPolicy Validated()
    {
        if (!IsValidInterval(SignedDays) || !IsValidInterval(StartedDays) || !IsValidInterval(CompletedDays))
        {
            throw new InvalidOperationException($"Revisit intervals must be {MinDays} to {MaxDays} days (Signed {SignedDays}, Started {StartedDays}, Completed {CompletedDays}).");
        }

        return this;
    }

    /// <summary>The stage's interval: completed (or in production) from its completion, started from its start, else signed.</summary>
    public int DaysFor(ProjectStage serviceStage) => serviceStage switch
    {
        ProjectStage.Completed or ProjectStage.InProduction => CompletedDays,
        ProjectStage.Started => StartedDays,
        _ => SignedDays,
    };
}
