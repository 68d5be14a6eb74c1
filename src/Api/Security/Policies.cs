using InvestPromo.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;

namespace InvestPromo.Api.Security;

/// <summary>Named authorization policies; every endpoint names one.</summary>
public static class Policies
{
    /// <summary>Any signed-in user or any API key.</summary>
    public const string Authenticated = nameof(Authenticated);

    /// <summary>Signed-in users only (not API keys): the SPA's own endpoints.</summary>
    public const string User = nameof(User);

    public const string Admin = nameof(Admin);

    /// <summary>Staff who may read organisation data: every role and integrators.</summary>
    public const string ReadOrganisation = nameof(ReadOrganisation);

    /// <summary>Filers only: create, edit, submit and withdraw their own unit's filings.</summary>
    public const string Filer = nameof(Filer);

    /// <summary>Reviewers and admins: approve, return and revoke filings.</summary>
    public const string Reviewer = nameof(Reviewer);

    /// <summary>Who may read filings: filers (their own unit's), reviewers, admins, leaders and integrators.</summary>
    public const string ReadFilings = nameof(ReadFilings);

    /// <summary>The review queue and its counts: reviewers, admins, leaders and integrators.</summary>
    public const string ReadReview = nameof(ReadReview);

    /// <summary>The analysis of approved projects: reviewers, admins, leaders and integrators (like the review counts; not filers).</summary>
    public const string ReadAnalysis = nameof(ReadAnalysis);

    /// <summary>The reserve list for leaders' trips: leaders, reviewers and admins (internal staff; not API keys).</summary>
    public const string ReadReserveList = nameof(ReadReserveList);

    /// <summary>
    /// Who reports a tracked project's milestones, monthly figures and revisits: filers (their own unit's projects) and read-write
    /// API keys (a provincial platform or a unit's own system pushing monthly figures; read-only keys are refused before this).
    /// </summary>
    public const string ReportProjects = nameof(ReportProjects);

    /// <summary>
    /// Who works on a tracked project beside reporting it: filers (their own unit's projects), reviewers, admins and read-write API
    /// keys — evidence files, revisits, problems.
    /// </summary>
    public const string WorkOnProjects = nameof(WorkOnProjects);

    /// <summary>A user of role Association, on its own association's data only (the portal; another association's id is a 404).</summary>
    public const string AssociationPortal = nameof(AssociationPortal);

    /// <summary>Who approves a year's rewards (and, later, an evaluation's result): leaders and admins.</summary>
    public const string ApproveRewards = nameof(ApproveRewards);

    /// <summary>The association registry and the people directories with their contacts: reviewers, admins, leaders (the center).</summary>
    public const string ReadRegistry = nameof(ReadRegistry);

    /// <summary>Project leads: filers (their unit's), reviewers and admins (all), associations (their own and those they are asked about).</summary>
    public const string Leads = nameof(Leads);

    /// <summary>Promotion events: the center and leaders (all), filers (their unit's), associations (those they are involved in or proposed).</summary>
    public const string ReadEvents = nameof(ReadEvents);

    /// <summary>Who records an event, confirmed at once: reviewers and admins (any organiser) and filers (their own unit's).</summary>
    public const string RecordEvents = nameof(RecordEvents);

    /// <summary>Who changes an event and its files: the center, filers (their unit's) and associations (their own proposal while it waits).</summary>
    public const string EditEvents = nameof(EditEvents);

    /// <summary>Publicity items: the center and leaders (all), associations (their own).</summary>
    public const string ReadPublicity = nameof(ReadPublicity);

    /// <summary>Picking an ambassador or a notable native as a recommender or a lead's source: filers, reviewers, admins, leaders (not associations: the directories are the center's).</summary>
    public const string PickRecommenders = nameof(PickRecommenders);

    /// <summary>Units' yearly targets: center staff and leaders read them (admins edit them, <see cref="Admin"/>).</summary>
    public const string ReadTargets = nameof(ReadTargets);

    /// <summary>The quarterly reports (季调度): center staff and leaders; a unit's filers their own unit's line only.</summary>
    public const string ReadQuarterly = nameof(ReadQuarterly);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());
        options.AddPolicy(User, p => p.RequireAuthenticatedUser().RequireRole(Roles.UserRoles));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(ReadOrganisation, p => p.RequireAuthenticatedUser().RequireRole([.. Roles.UserRoles, Roles.Integrator]));
        options.AddPolicy(Filer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer));
        options.AddPolicy(Reviewer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin));
        options.AddPolicy(ReadFilings, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Leader, Roles.Integrator));
        options.AddPolicy(ReadReview, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin, Roles.Leader, Roles.Integrator));
        options.AddPolicy(ReadAnalysis, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin, Roles.Leader, Roles.Integrator));
        options.AddPolicy(ReportProjects, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Integrator));
        options.AddPolicy(WorkOnProjects, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Integrator));
        options.AddPolicy(ReadReserveList, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin, Roles.Leader));
        options.AddPolicy(AssociationPortal, p => p.RequireAuthenticatedUser().RequireRole(Roles.Association));
        options.AddPolicy(ApproveRewards, p => p.RequireAuthenticatedUser().RequireRole(Roles.Leader, Roles.Admin));
        options.AddPolicy(Leads, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Association));
        options.AddPolicy(ReadRegistry, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin, Roles.Leader));
        options.AddPolicy(ReadEvents, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Leader, Roles.Association));
        options.AddPolicy(RecordEvents, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin));
        options.AddPolicy(EditEvents, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Association));
        options.AddPolicy(ReadPublicity, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin, Roles.Leader, Roles.Association));
        options.AddPolicy(ReadTargets, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer, Roles.Admin, Roles.Leader));
        options.AddPolicy(ReadQuarterly, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Leader));
        options.AddPolicy(PickRecommenders, p => p.RequireAuthenticatedUser().RequireRole(Roles.Filer, Roles.Reviewer, Roles.Admin, Roles.Leader));
        options.FallbackPolicy = options.GetPolicy(Authenticated);
    }
}
