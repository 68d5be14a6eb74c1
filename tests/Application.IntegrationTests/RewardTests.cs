using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Rewards;
using InvestPromo.Application.Rewards.Commands.ApproveRewardCalculation;
using InvestPromo.Application.Rewards.Commands.CalculateRewards;
using InvestPromo.Application.Rewards.Commands.ConfirmRewardImpact;
using InvestPromo.Application.Rewards.Commands.CreateRewardPolicy;
using InvestPromo.Application.Rewards.Commands.PayRewardCalculation;
using InvestPromo.Application.Rewards.Commands.SubmitRewardCalculation;
using InvestPromo.Application.Rewards.Commands.UpdateRewardPolicy;
using InvestPromo.Application.Rewards.Queries.GetAssociationRewards;
using InvestPromo.Application.Rewards.Queries.GetRewardCalculation;
using InvestPromo.Application.Rewards.Queries.GetRewardDiff;
using InvestPromo.Application.Rewards.Queries.ListRewardLines;
using InvestPromo.Application.Rewards.Queries.ListRewardPolicies;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Rewards;
using InvestPromo.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Reward policies and the yearly calculation through ISender (issue 14 items 6 and 7), with the worked cases.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class RewardTests(AppFixture fixture) : AppTest(fixture)
{
    private static readonly ProjectCategory[] Excluded = [ProjectCategory.RealEstate, ProjectCategory.Finance, ProjectCategory.Infrastructure];
    private static readonly DateTimeOffset AfterYear = new(2026, 1, 5, 10, 0, 0, China);

    private Caller AssociationUser => Fixture.User("association");

    private Task<Guid> DemoAssociationAsync() => Fixture.DbAsync(db => db.Associations.Where(a => a.Name == DemoData.DemoAssociation).Select(a => a.Id).FirstAsync());

    private Task<Guid> NewAssociationAsync(string name) => Fixture.DbAsync(async db =>
    {
        var association = Association.Create(name, AssociationKind.LocalChamberOfOtherRegion, null, AfterYear.ToUniversalTime());
        db.Associations.Add(association);
        await db.SaveChangesAsync();
        return association.Id;
    });

    /// <summary>Hunan's successor covering 2025 (Hunan's ended 2024-08-31).</summary>
    private Task<RewardPolicyDto> SuccessorAsync() => SendAsync(Admin, new CreateRewardPolicyCommand(
        "后续政策", D("2024-09-01"), D("2026-08-31"), 20_000_000m, 0.001m, Excluded, 1_000_000m));

    /// <summary>A project approved in January 2025 with verified funds in 2025 (one month each amount), its credit and the impact confirmation.</summary>
    private async Task<Guid> ProjectAsync(
        string name, Guid association, decimal[] monthly, ProjectCategory category = ProjectCategory.Industrial, bool confirmed = true, bool impact = true)
    {
        At(ChinaTime(2025, 1, 9, 10));
        var submitted = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip, name) with { Category = category }));
        At(ChinaTime(2025, 1, 10, 10));
        var approved = await ApproveAsync(Reviewer, submitted);
        await Fixture.DbAsync(async db =>
        {
            var project = await db.TrackedProjects.FirstAsync(p => p.Id == approved.Id);
            for (var i = 0; i < monthly.Length; i++)
            {
                await AddVerifiedAsync(db, project, i + 1, monthly[i]);
            }

            var credit = ProjectCredit.Propose(approved.Id, project.UnitId, association, null, null, null, CreditSource.Filer, null, Filer.UserId, "filer", ChinaTime(2025, 1, 10, 11).ToUniversalTime());
            if (confirmed)
            {
                credit.Confirm(Reviewer.UserId!.Value, "reviewer", ChinaTime(2025, 1, 11, 11).ToUniversalTime());
            }

            db.ProjectCredits.Add(credit);
            if (impact)
            {
                db.RewardImpactConfirmations.Add(RewardImpactConfirmation.Confirm(project.Id, 2025, Reviewer.UserId, "reviewer", AfterYear.ToUniversalTime()));
            }

            await db.SaveChangesAsync();
            return 0;
        });
        At(AfterYear);
        return approved.Id;
    }

    private static async Task AddVerifiedAsync(InvestPromo.Infrastructure.Persistence.ApplicationDbContext db, TrackedProject project, int month, decimal amount)
    {
        var report = MonthlyReport.ReportFunds(project, 2025, month, new FundsSplit(amount, 0, 0), null, null, null, new FilingActor(null, "filer"), ChinaTime(2026, 1, 2, 9).ToUniversalTime());
        report.Verify(new FilingActor(null, "reviewer"), ChinaTime(2026, 1, 3, 9).ToUniversalTime());
        db.MonthlyReports.Add(report);
    }

    private Task<PagedList<RewardLineDto>> LinesAsync(Guid calculation, Guid? association = null) =>
        SendAsync(Reviewer, new ListRewardLinesQuery(calculation, 1, 100, association));

    private Task<RewardCalculationDto> CalculateAsync() => SendAsync(Reviewer, new CalculateRewardsCommand(2025));

    private async Task<RewardCalculationDto> ApprovedAsync()
    {
        var draft = await CalculateAsync();
        var submitted = await SendAsync(Reviewer, new SubmitRewardCalculationCommand(draft.Id, draft.Version));
        return await SendAsync(Leader, new ApproveRewardCalculationCommand(submitted.Id, submitted.Version));
    }

    [Fact]
    public async Task Hunans_policy_is_seeded_as_reference_data()
    {
        var policy = Assert.Single(await SendAsync(Admin, new ListRewardPoliciesQuery()));
        Assert.Equal((D("2022-09-01"), D("2024-08-31"), 20_000_000m, 0.001m, 1_000_000m), (policy.ValidFrom, policy.ValidTo, policy.ThresholdYuan, policy.Rate, policy.AnnualCapYuan));
        Assert.Equal(Excluded, policy.ExcludedCategories);
    }

    [Fact]
    public async Task The_worked_cases_give_their_lines_with_outcomes_and_amounts()
    {
        await SuccessorAsync();
        var own = await DemoAssociationAsync();
        await ProjectAsync("两千万项目", own, [20_000_000m]);
        await ProjectAsync("差一分项目", own, [9_999_999.99m, 10_000_000m]);
        await ProjectAsync("一亿两千万项目", own, [100_000_000m, 23_456_789m]);
        await ProjectAsync("房地产项目", own, [500_000_000m], ProjectCategory.RealEstate);

        var calculation = await CalculateAsync();

        var lines = (await LinesAsync(calculation.Id)).Items.ToDictionary(l => l.ProjectName!);
        Assert.Equal((RewardOutcome.Eligible, 20_000_000m, 20_000.00m), (lines["两千万项目"].Outcome, lines["两千万项目"].CountedFunds, lines["两千万项目"].Amount));
        Assert.Equal((RewardOutcome.BelowThreshold, 19_999_999.99m, 0m, "reward.below-threshold"),
            (lines["差一分项目"].Outcome, lines["差一分项目"].CountedFunds, lines["差一分项目"].Amount, lines["差一分项目"].ReasonCode));
        Assert.Equal((RewardOutcome.Eligible, 123_456.79m), (lines["一亿两千万项目"].Outcome, lines["一亿两千万项目"].Amount));
        Assert.Equal((RewardOutcome.ExcludedCategory, 0m), (lines["房地产项目"].Outcome, lines["房地产项目"].Amount));
        Assert.All(lines.Values, l => Assert.Equal(DemoData.DemoAssociation, l.AssociationName));
        Assert.Equal((1, RewardCalculationStatus.Draft, 4, 143_456.79m), (calculation.Revision, calculation.Status, calculation.LineCount, calculation.TotalPayable));
    }

    [Fact]
    public async Task Five_eligible_projects_of_one_association_are_capped_with_a_reduction_line()
    {
        await SuccessorAsync();
        var chamber = await NewAssociationAsync("江西商会");
        for (var i = 1; i <= 5; i++)
        {
            await ProjectAsync($"三亿项目{i}", chamber, [300_000_000m]);
        }

        var calculation = await CalculateAsync();

        var lines = (await LinesAsync(calculation.Id, chamber)).Items;
        Assert.Equal(6, lines.Count);
        Assert.All(lines.Take(5), l => Assert.Equal((RewardOutcome.Eligible, 300_000m), (l.Outcome, l.Amount)));
        Assert.Equal((RewardOutcome.CapReduction, -500_000m, "reward.capped", (Guid?)null), (lines[5].Outcome, lines[5].Amount, lines[5].ReasonCode, lines[5].ProjectId));
        var total = Assert.Single((await SendAsync(Leader, new GetRewardCalculationQuery(calculation.Id))).Associations);
        Assert.Equal((1_500_000m, -500_000m, 1_000_000m, 5), (total.Sum, total.Reduction, total.Payable, total.EligibleProjects));
        Assert.Equal(1_000_000m, calculation.TotalPayable);
    }

    [Fact]
    public async Task Recalculating_a_draft_gives_identical_lines_and_pending_lines_wait_for_the_impact_confirmation()
    {
        await SuccessorAsync();
        var own = await DemoAssociationAsync();
        var pending = await ProjectAsync("待确认项目", own, [30_000_000m], impact: false);
        await ProjectAsync("未确认认定项目", own, [30_000_000m], confirmed: false);

        var first = await CalculateAsync();
        var firstLines = (await LinesAsync(first.Id)).Items.Select(l => l with { Id = Guid.Empty }).ToList();
        var again = await CalculateAsync();
        var againLines = (await LinesAsync(again.Id)).Items.Select(l => l with { Id = Guid.Empty }).ToList();

        Assert.Equal((first.Id, 1), (again.Id, again.Revision));
        Assert.Equal(firstLines, againLines);
        Assert.Equal([RewardOutcome.ImpactNotConfirmed, RewardOutcome.NoConfirmedCredit], firstLines.Select(l => l.Outcome));

        await SendAsync(Reviewer, new ConfirmRewardImpactCommand(pending, 2025));
        var confirmed = await CalculateAsync();
        var line = (await LinesAsync(confirmed.Id)).Items.First(l => l.ProjectId == pending);
        Assert.Equal((RewardOutcome.Eligible, 30_000m), (line.Outcome, line.Amount));
        Assert.Equal(2, await Fixture.DbAsync(db => db.RewardLines.CountAsync()));
    }

    [Fact]
    public async Task A_project_goes_to_its_confirmed_association_else_to_the_earliest_proposal_and_without_an_association_credit_it_has_no_line()
    {
        await SuccessorAsync();
        var own = await DemoAssociationAsync();
        var rival = await NewAssociationAsync("竞争商会");
        var proposedTwice = await ProjectAsync("两家申报项目", own, [30_000_000m], confirmed: false);
        var confirmedRival = await ProjectAsync("认定他会项目", own, [30_000_000m], confirmed: false);
        var recommenderOnly = await ProjectAsync("仅引荐人项目", own, [30_000_000m], confirmed: false);
        await Fixture.DbAsync(async db =>
        {
            // A later proposal does not take the project; a confirmed one does, whatever the proposals; a credit without an
            // association (a recommender only) or a rejected one gives no line.
            Credit(db, proposedTwice, rival, ChinaTime(2025, 2, 1, 9));
            Credit(db, confirmedRival, rival, ChinaTime(2025, 2, 1, 9)).Confirm(Reviewer.UserId!.Value, "reviewer", ChinaTime(2025, 2, 2, 9).ToUniversalTime());
            foreach (var credit in await db.ProjectCredits.Where(c => c.FilingId == recommenderOnly).ToListAsync())
            {
                credit.Reject("不属实", Reviewer.UserId!.Value, "reviewer", ChinaTime(2025, 2, 2, 9).ToUniversalTime());
            }

            Credit(db, recommenderOnly, null, ChinaTime(2025, 2, 1, 9));
            await db.SaveChangesAsync();
            return 0;
        });

        var lines = (await LinesAsync((await CalculateAsync()).Id)).Items.ToDictionary(l => l.ProjectId!.Value);

        Assert.Equal(2, lines.Count);
        Assert.Equal((own, RewardOutcome.NoConfirmedCredit), (lines[proposedTwice].AssociationId!.Value, lines[proposedTwice].Outcome));
        Assert.Equal((rival, RewardOutcome.Eligible, 30_000m), (lines[confirmedRival].AssociationId!.Value, lines[confirmedRival].Outcome, lines[confirmedRival].Amount));

        ProjectCredit Credit(InvestPromo.Infrastructure.Persistence.ApplicationDbContext db, Guid project, Guid? association, DateTimeOffset at)
        {
            var credit = ProjectCredit.Propose(project, db.TrackedProjects.Where(p => p.Id == project).Select(p => p.UnitId).Single(), association, association is null ? RecommenderKind.Person : null, null, association is null ? "张先生" : null,
                CreditSource.Filer, null, Filer.UserId, "filer", at.ToUniversalTime());
            db.ProjectCredits.Add(credit);
            return credit;
        }
    }

    [Fact]
    public async Task A_year_not_ended_in_China_time_is_refused_and_saves_nothing()
    {
        await SuccessorAsync();
        At(new DateTimeOffset(2025, 12, 31, 23, 59, 0, China));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(CalculateAsync);

        Assert.Equal("reward.year-not-ended", refused.Code);
        Assert.False(await Fixture.DbAsync(db => db.RewardCalculations.AnyAsync()));
        At(new DateTimeOffset(2026, 1, 1, 0, 0, 0, China));
        Assert.Equal(0, (await CalculateAsync()).LineCount);
    }

    [Fact]
    public async Task Overlapping_policies_are_409_more_than_two_decimals_400_and_a_used_policy_is_frozen()
    {
        var overlap = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin, new CreateRewardPolicyCommand(
            "重叠政策", D("2024-08-01"), D("2026-08-31"), 20_000_000m, 0.001m, Excluded, 1_000_000m)));
        Assert.Equal("reward-policy.overlap", overlap.Code);
        var decimals = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin, new CreateRewardPolicyCommand(
            "三位小数", D("2024-09-01"), D("2026-08-31"), 20_000_000.001m, 0.001m, Excluded, 1_000_000.005m)));
        Assert.Contains("thresholdYuan", decimals.Errors.Keys);
        Assert.Contains("annualCapYuan", decimals.Errors.Keys);
        Assert.Single(await SendAsync(Admin, new ListRewardPoliciesQuery()));

        var successor = await SuccessorAsync();
        await ProjectAsync("两千万项目", await DemoAssociationAsync(), [20_000_000m]);
        var approved = await ApprovedAsync();
        Assert.Equal(successor.Id, approved.PolicyId);

        var frozen = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin, new UpdateRewardPolicyCommand(
            successor.Id, "改名", successor.ValidFrom, successor.ValidTo, 10_000_000m, 0.002m, Excluded, 1_000_000m, successor.Version)));
        Assert.Equal("reward-policy.in-use", frozen.Code);
        Assert.Contains(await SendAsync(Admin, new ListRewardPoliciesQuery()), p => p.Id == successor.Id && p.UsedByApprovedCalculation);
    }

    [Fact]
    public async Task The_lifecycle_runs_draft_submitted_approved_paid_and_the_association_sees_only_its_own_lines_once_approved()
    {
        await SuccessorAsync();
        var own = await DemoAssociationAsync();
        var other = await NewAssociationAsync("江西商会");
        await ProjectAsync("本会项目", own, [25_000_000m]);
        await ProjectAsync("他会项目", other, [40_000_000m]);
        var draft = await CalculateAsync();
        Assert.Empty(await SendAsync(AssociationUser, new GetAssociationRewardsQuery()));

        var submitted = await SendAsync(Reviewer, new SubmitRewardCalculationCommand(draft.Id, draft.Version));
        Assert.Equal(RewardCalculationStatus.Submitted, submitted.Status);
        Assert.Empty(await SendAsync(AssociationUser, new GetAssociationRewardsQuery()));
        var approved = await SendAsync(Leader, new ApproveRewardCalculationCommand(submitted.Id, submitted.Version));
        Assert.Equal((RewardCalculationStatus.Approved, "leader"), (approved.Status, approved.ApprovedByName));

        var year = Assert.Single(await SendAsync(AssociationUser, new GetAssociationRewardsQuery()));
        Assert.Equal((2025, 25_000m), (year.Year, year.Payable));
        Assert.Equal("本会项目", Assert.Single(year.Lines).ProjectName);
        Assert.Equal(1, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == AssociationUser.UserId && n.Kind == NotificationKind.RewardsApproved)));

        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Leader, new PayRewardCalculationCommand(approved.Id, D("2026-01-20"), "记-001", submitted.Version)));
        Assert.NotNull(stale);
        var paid = await SendAsync(Leader, new PayRewardCalculationCommand(approved.Id, D("2026-01-20"), "记-2026-001", approved.Version));
        Assert.Equal((RewardCalculationStatus.Paid, D("2026-01-20"), "记-2026-001"), (paid.Status, paid.PaidOn, paid.VoucherNumber));
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new SubmitRewardCalculationCommand(paid.Id, paid.Version)));
        Assert.Equal("reward.status-invalid", again.Code);
    }

    [Fact]
    public async Task A_correction_after_approval_is_a_new_revision_whose_differences_are_listed_and_the_approved_one_is_kept()
    {
        await SuccessorAsync();
        var own = await DemoAssociationAsync();
        var grows = await ProjectAsync("追加资金项目", own, [15_000_000m]);
        await ProjectAsync("不变项目", own, [50_000_000m]);
        var approved = await ApprovedAsync();
        var approvedLines = (await LinesAsync(approved.Id)).Items;

        await Fixture.DbAsync(async db =>
        {
            await AddVerifiedAsync(db, await db.TrackedProjects.FirstAsync(p => p.Id == grows), 2, 10_000_000m);
            return await db.SaveChangesAsync();
        });
        var correction = await CalculateAsync();

        Assert.Equal((2, RewardCalculationStatus.Draft), (correction.Revision, correction.Status));
        Assert.Equal(approvedLines, (await LinesAsync(approved.Id)).Items);
        var diff = await SendAsync(Reviewer, new GetRewardDiffQuery(correction.Id));
        var row = Assert.Single(diff.Rows);
        Assert.Equal((1, 2, grows, RewardOutcome.BelowThreshold, 0m, RewardOutcome.Eligible, 25_000m, 25_000m),
            (diff.BaseRevision, diff.Revision, row.ProjectId!.Value, row.BaseOutcome!.Value, row.BaseAmount!.Value, row.Outcome!.Value, row.Amount!.Value, row.Change));
        Assert.Null((await SendAsync(Reviewer, new GetRewardDiffQuery(approved.Id))).BaseRevision);
    }
}
