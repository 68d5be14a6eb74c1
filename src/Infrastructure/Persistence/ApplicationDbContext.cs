using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Persistence;
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
using InvestPromo.Infrastructure.Identity;
using InvestPromo.Infrastructure.Persistence.Conventions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Persistence;

/// <summary>
/// The one model of the product. Each database provider has a subclass (see Providers/) so that each keeps
/// its own migrations in this assembly. It also holds the data-protection key ring (<see cref="IDataProtectionKeyContext"/>) and
/// the shared rate-limit windows, so every instance on the database shares them.
/// </summary>
public abstract partial class ApplicationDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring of every instance (cookies, antiforgery tokens, webhook secrets).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Fixed-window counters of the per-address limits (<see cref="RateLimiting.SharedRateLimitWindows"/>).</summary>
    public DbSet<RateLimiting.RateLimitWindow> RateLimitWindows => Set<RateLimiting.RateLimitWindow>();

    public DbSet<CarrierUnit> Units => Set<CarrierUnit>();

    public DbSet<IndustryChain> IndustryChains => Set<IndustryChain>();

    public DbSet<SourceRegion> SourceRegions => Set<SourceRegion>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<Association> Associations => Set<Association>();

    public DbSet<DuplicateDismissal> DuplicateDismissals => Set<DuplicateDismissal>();

    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<FilingAttachment> FilingAttachments => Set<FilingAttachment>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PublicationEntry> PublicationEntries => Set<PublicationEntry>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<ApprovalTotal> ApprovalTotals => Set<ApprovalTotal>();

    public DbSet<TrackedProject> TrackedProjects => Set<TrackedProject>();

    public DbSet<VerificationTask> VerificationTasks => Set<VerificationTask>();

    public DbSet<ProjectEvidence> ProjectEvidence => Set<ProjectEvidence>();

    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectRevisit> ProjectRevisits => Set<ProjectRevisit>();

    public DbSet<ProjectProblem> ProjectProblems => Set<ProjectProblem>();

    public DbSet<ChangeFeedEntry> ChangeFeedEntries => Set<ChangeFeedEntry>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();

    public DbSet<AssociationOffice> AssociationOffices => Set<AssociationOffice>();

    public DbSet<AssociationMember> AssociationMembers => Set<AssociationMember>();

    public DbSet<AssociationRating> AssociationRatings => Set<AssociationRating>();

    public DbSet<Ambassador> Ambassadors => Set<Ambassador>();

    public DbSet<NotableNative> NotableNatives => Set<NotableNative>();

    public DbSet<ProjectCredit> ProjectCredits => Set<ProjectCredit>();

    public DbSet<RewardPolicy> RewardPolicies => Set<RewardPolicy>();

    public DbSet<RewardCalculation> RewardCalculations => Set<RewardCalculation>();

    public DbSet<RewardLine> RewardLines => Set<RewardLine>();

    public DbSet<RewardImpactConfirmation> RewardImpactConfirmations => Set<RewardImpactConfirmation>();
    public DbSet<CreditEvidence> CreditEvidence => Set<CreditEvidence>();

    public DbSet<PurchasedServiceYear> PurchasedServiceYears => Set<PurchasedServiceYear>();

    public DbSet<PurchasedServicePayment> PurchasedServicePayments => Set<PurchasedServicePayment>();

    public DbSet<ServiceSubsidy> ServiceSubsidies => Set<ServiceSubsidy>();
    public DbSet<Domain.Leads.Lead> Leads => Set<Domain.Leads.Lead>();

    public DbSet<Domain.Leads.LeadOpinionRequest> LeadOpinionRequests => Set<Domain.Leads.LeadOpinionRequest>();

    public DbSet<Domain.PromotionEvents.PromotionEvent> PromotionEvents => Set<Domain.PromotionEvents.PromotionEvent>();

    public DbSet<Domain.PromotionEvents.PromotionEventFile> PromotionEventFiles => Set<Domain.PromotionEvents.PromotionEventFile>();

    public DbSet<Domain.Publicity.PublicityItem> PublicityItems => Set<Domain.Publicity.PublicityItem>();

    public DbSet<Domain.Targets.UnitTarget> UnitTargets => Set<Domain.Targets.UnitTarget>();

    public DbSet<Domain.Quarterly.QuarterlyReport> QuarterlyReports => Set<Domain.Quarterly.QuarterlyReport>();
    public DbSet<Domain.Evaluations.EvaluationScheme> EvaluationSchemes => Set<Domain.Evaluations.EvaluationScheme>();

    public DbSet<Domain.Evaluations.AssociationEvaluation> AssociationEvaluations => Set<Domain.Evaluations.AssociationEvaluation>();

    public DbSet<Domain.Evaluations.EvaluationEntry> EvaluationEntries => Set<Domain.Evaluations.EvaluationEntry>();

    public DbSet<Domain.Evaluations.EvaluationManualScore> EvaluationManualScores => Set<Domain.Evaluations.EvaluationManualScore>();

    public DbSet<Domain.Evaluations.EvaluationRevision> EvaluationRevisions => Set<Domain.Evaluations.EvaluationRevision>();

    public TResult Run<TDelegate, TResult>(CompiledQuery<TDelegate> query, Func<TDelegate, DbContext, TResult> run)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(run);
        return run(query.For(this), this);
    }

    public void DiscardChanges() => ChangeTracker.Clear();

    /// <summary>
    /// True while EF's execution strategy runs a save again after a transient failure (a database restart, a dropped connection):
    /// the interceptors then carry over what the failed attempt took off the entities (after-commit events, staged totals) and
    /// drop what it added (its audit entries), so the retried save writes exactly what the first would have.
    /// </summary>
    internal bool RetryingSave { get; private set; }

    /// <summary>
    /// A save outside an explicit transaction is one retriable unit: its interceptors open a transaction of their own (the change
    /// feed, the totals), which EF's retrying strategy only accepts inside <see cref="IExecutionStrategy.ExecuteAsync{TState,TResult}"/>.
    /// Changes are accepted once the whole unit (commit included) has succeeded, so a commit that failed is saved again. Inside an
    /// explicit transaction the caller's unit (<c>Application/Common/Persistence/Transactions.cs</c>) is the one retried.
    /// </summary>
    private async Task<int> SaveWithRetriesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var strategy = Database.CreateExecutionStrategy();
        if (!strategy.RetriesOnFailure || Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var attempts = 0;
        var saved = await strategy.ExecuteAsync(
            this,
            async (_, context, ct) =>
            {
                context.RetryingSave = attempts++ > 0;
                try
                {
                    return await context.SaveAttemptAsync(ct);
                }
                finally
                {
                    context.RetryingSave = false;
                }
            },
            verifySucceeded: null,
            cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    private async Task<int> SaveAttemptAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        }
        catch
        {
            // An interceptor's transaction that a failed attempt left open (it failed before EF's own failure callbacks) is
            // dropped, so the next attempt opens a fresh one on a fresh connection.
            if (Database.CurrentTransaction is { } left)
            {
                await DatabaseFaults.ForgetAsync(left);
            }

            throw;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);

        // A certificate number once per year among the live appointments (issue 14 item 3); deleted rows free their number.
        var notDeleted = Database.ProviderName switch
        {
            { } p when p.Contains("SqlServer", StringComparison.Ordinal) => "[IsDeleted] = 0",
            { } p when p.Contains("Npgsql", StringComparison.Ordinal) => "\"IsDeleted\" = false",
            _ => "\"IsDeleted\" = 0",
        };
        builder.Entity<Domain.People.Ambassador>().HasIndex(a => new { a.Year, a.CertificateNumber }).IsUnique().HasFilter(notDeleted);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every entity's concurrency token, soft-delete filter and unmapped domain events: set once, see EntityConventions.
        configurationBuilder.Conventions.Add(_ => new EntityConventions());
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SourceRegionKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ApiKeyScope>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SessionEndReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CalendarDayKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ProjectCategory>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ProjectStage>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FilingStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FilingAction>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AttachmentKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ScaleBand>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<NotificationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AssociationKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ObjectionStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ObjectionRemedy>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ApprovalDimension>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TrackedProjectStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<VerificationSubject>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EvidenceSubject>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MonthlyReportKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MonthlyReportStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MilestoneKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MilestoneStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MilestoneAction>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ProblemStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AssociationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.Leads.LeadStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.Leads.LeadSourceKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.PromotionEvents.PromotionEventKind>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<Domain.PromotionEvents.PromotionEventStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.PromotionEvents.EventAssociationRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CreditSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CreditStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RecommenderKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AssociationRatingLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.Rewards.RewardCalculationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Domain.Rewards.RewardOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
