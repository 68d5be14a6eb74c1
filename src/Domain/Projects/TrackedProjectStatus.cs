namespace InvestPromo.Domain.Projects;

/// <summary>Where a tracked project stands (separate from its stage, which is how far it has got).</summary>
public enum TrackedProjectStatus
{
    /// <summary>跟踪中: the approval stands and the project goes on; milestones and monthly reports are taken.</summary>
    Active = 1,

    /// <summary>已终止: stopped (终止/撤资) with a reason; what was confirmed before still counts, nothing new is taken.</summary>
    Stopped = 2,

    /// <summary>备案已撤销: the filing's approval no longer stands (revoked, or an upheld objection); kept, counted nowhere.</summary>
    ApprovalEnded = 3,
}
