using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Service;

/// <summary>
/// Configuration section "ProjectService": the follow-up service's revisit intervals by stage ("ProjectService:RevisitDays:Signed"
/// = 90, "Started" = 60, "Completed" = 90), checked at start-up (7–366 days each). A project's own interval overrides its stage's.
/// </summary>
public sealed class ProjectServiceOptions
{
    public const string Section = "ProjectService";

    public RevisitDaysOptions RevisitDays { get; set; } = new();

    /// <summary>The rule the domain applies; throws at start-up on an interval outside 7–366 days.</summary>
    public RevisitPolicy ToPolicy() => new RevisitPolicy(RevisitDays.Signed, RevisitDays.Started, RevisitDays.Completed).Validated();

    public sealed class RevisitDaysOptions
    {
        /// <summary>Days between revisits after the confirmed signing (default 90).</summary>
#pragma warning disable CA1720 // "Signed" is the stage's name (签约), as in ProjectStage, not a type.
        public int Signed { get; set; } = RevisitPolicy.Default.SignedDays;
#pragma warning restore CA1720

        /// <summary>Days between revisits after the confirmed start (default 60).</summary>
        public int Started { get; set; } = RevisitPolicy.Default.StartedDays;

        /// <summary>Days between revisits after the confirmed completion (default 90).</summary>
        public int Completed { get; set; } = RevisitPolicy.Default.CompletedDays;
    }
}
