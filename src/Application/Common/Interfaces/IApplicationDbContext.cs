using InvestPromo.Domain.Analysis;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Rewards;
using InvestPromo.Domain.PurchasedServices;
using InvestPromo.Domain.People;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Changes;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Idempotency;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Publications;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Domain.Security;
using InvestPromo.Domain.Webhooks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace InvestPromo.Application.Common.Interfaces;

/// <summary>The application's view of the database: its sets, and saving.</summary>
public interface IApplicationDbContext
{
    DbSet<CarrierUnit> Units { get; }

    DbSet<IndustryChain> IndustryChains { get; }

    DbSet<SourceRegion> SourceRegions { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<CalendarYear> CalendarYears { get; }

    DbSet<Filing> Filings { get; }

    DbSet<Association> Associations { get; }

    DbSet<DuplicateDismissal> DuplicateDismissals { get; }

    DbSet<Notification> Notifications { get; }
    DbSet<FilingAttachment> FilingAttachments { get; }

    DbSet<Publication> Publications { get; }

    DbSet<PublicationEntry> PublicationEntries { get; }

    DbSet<Objection> Objections { get; }

    DbSet<ApprovalTotal> ApprovalTotals { get; }

    /// <summary>Approved filings' lives after approval (one per filing, with the filing's id).</summary>
    DbSet<TrackedProject> TrackedProjects { get; }

    /// <summary>The reviewers' verification queue of milestones and monthly reports.</summary>
    DbSet<VerificationTask> VerificationTasks { get; }

    DbSet<ProjectEvidence> ProjectEvidence { get; }

    /// <summary>Projects' monthly funds-in-place and fixed-asset investment reports, every revision.</summary>
    DbSet<MonthlyReport> MonthlyReports { get; }
    /// <summary>Tracked projects' milestones (签约, 开工, 竣工/投产) with their history.</summary>
    DbSet<ProjectMilestone> ProjectMilestones { get; }
    /// <summary>Revisits (回访) of tracked projects.</summary>
    DbSet<ProjectRevisit> ProjectRevisits { get; }

    /// <summary>Problems raised on tracked projects (重点难点问题), with their histories.</summary>
    DbSet<ProjectProblem> ProjectProblems { get; }

    /// <summary>The change feed (written by the save that carries each change; read by <c>ListChanges</c>).</summary>
    DbSet<ChangeFeedEntry> ChangeFeedEntries { get; }

    DbSet<SignInThrottle> SignInThrottles { get; }
    DbSet<UserSession> UserSessions { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    DbSet<WebhookEvent> WebhookEvents { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    DbSet<IdempotencyKey> IdempotencyKeys { get; }

    DbSet<AssociationOffice> AssociationOffices { get; }

    DbSet<AssociationMember> AssociationMembers { get; }

    DbSet<AssociationRating> AssociationRatings { get; }

    DbSet<Ambassador> Ambassadors { get; }

    DbSet<NotableNative> NotableNatives { get; }

    DbSet<ProjectCredit> ProjectCredits { get; }

    /// <summary>Reward policies (versioned, never overlapping).</summary>
    DbSet<RewardPolicy> RewardPolicies { get; }

    /// <summary>Yearly reward calculations, every revision.</summary>
    DbSet<RewardCalculation> RewardCalculations { get; }

    /// <summary>The calculations' lines (written in bulk).</summary>
    DbSet<RewardLine> RewardLines { get; }

    DbSet<RewardImpactConfirmation> RewardImpactConfirmations { get; }
    DbSet<CreditEvidence> CreditEvidence { get; }

    DbSet<PurchasedServiceYear> PurchasedServiceYears { get; }

    DbSet<PurchasedServicePayment> PurchasedServicePayments { get; }

    DbSet<ServiceSubsidy> ServiceSubsidies { get; }
    DbSet<Domain.Leads.Lead> Leads { get; }

    DbSet<Domain.Leads.LeadOpinionRequest> LeadOpinionRequests { get; }

    /// <summary>Promotion events (招商活动) with their associations, leads and signed projects (owned).</summary>
    DbSet<Domain.PromotionEvents.PromotionEvent> PromotionEvents { get; }

    DbSet<Domain.PromotionEvents.PromotionEventFile> PromotionEventFiles { get; }

    /// <summary>Publicity items (宣传报道).</summary>
    DbSet<Domain.Publicity.PublicityItem> PublicityItems { get; }

    /// <summary>Carrier units' yearly targets (目标任务).</summary>
    DbSet<Domain.Targets.UnitTarget> UnitTargets { get; }

    /// <summary>The quarterly scheduling's reports (季调度), immutable snapshots by revision.</summary>
    DbSet<Domain.Quarterly.QuarterlyReport> QuarterlyReports { get; }
    /// <summary>The yearly evaluation schemes (评价细则), one per year.</summary>
    DbSet<Domain.Evaluations.EvaluationScheme> EvaluationSchemes { get; }

    /// <summary>The yearly evaluations of the associations, one per year.</summary>
    DbSet<Domain.Evaluations.AssociationEvaluation> AssociationEvaluations { get; }

    DbSet<Domain.Evaluations.EvaluationEntry> EvaluationEntries { get; }

    DbSet<Domain.Evaluations.EvaluationManualScore> EvaluationManualScores { get; }

    DbSet<Domain.Evaluations.EvaluationRevision> EvaluationRevisions { get; }

    /// <summary>For explicit transactions around set-based updates.</summary>
    DatabaseFacade Database { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs an EF compiled query (the hot paths', <see cref="CompiledQuery{TDelegate}"/>) on this context:
    /// <paramref name="run"/> is given the query compiled for this context's type and the context to pass as its first
    /// argument, e.g. <c>db.Run(Query, (query, context) =&gt; query(context, id, ct))</c>.
    /// </summary>
    TResult Run<TDelegate, TResult>(CompiledQuery<TDelegate> query, Func<TDelegate, DbContext, TResult> run)
        where TDelegate : Delegate;

    /// <summary>Forgets every tracked entity and its unsaved changes, e.g. before reloading to retry after a concurrency conflict.</summary>
    void DiscardChanges();
}
