using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Credits.Commands.ChangeCredit;
using InvestPromo.Application.Credits.Commands.ConfirmCredit;
using InvestPromo.Application.Credits.Commands.ProposeCredit;
using InvestPromo.Application.Credits.Commands.RejectCredit;
using InvestPromo.Application.Credits.Queries.CreditQueue;
using InvestPromo.Application.Credits.Queries.ListFilingCredits;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.PurchasedServices.Commands.AddPurchasedServicePayment;
using InvestPromo.Application.PurchasedServices.Commands.AddServiceSubsidy;
using InvestPromo.Application.PurchasedServices.Commands.CreatePurchasedServiceYear;
using InvestPromo.Application.PurchasedServices.Queries.GetPurchasedServiceYear;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Credit claims (issue 14 item 5) and the purchased service's budget (item 8) through ISender.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class CreditTests(AppFixture fixture) : AppTest(fixture)
{
    private Task<Guid> AssociationAsync(string name, AssociationStatus status = AssociationStatus.Established) =>
        Fixture.DbAsync(async db =>
        {
            var association = Association.Create(name, AssociationKind.HometownChamberElsewhere, null, AppFixture.Start);
            db.Associations.Add(association);
            await db.SaveChangesAsync();
            if (status != AssociationStatus.Established)
            {
                await db.Associations.Where(a => a.Id == association.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status));
            }

            return association.Id;
        });

    private Task<Credits.CreditDto> ProposeAsync(Guid filingId, Guid? associationId, Caller? filer = null) =>
        SendAsync(filer ?? Filer, new ProposeCreditCommand(filingId, associationId, null, null, null));

    [Fact]
    public async Task A_confirmed_claim_rejects_the_competing_one_and_notifies_the_units_filers()
    {
        var filing = await ApprovedAsync("引荐认定项目");
        var beijing = await AssociationAsync("北京常德商会");
        var shenzhen = await AssociationAsync("深圳常德商会");

        var first = await ProposeAsync(filing.Id, beijing);
        var second = await ProposeAsync(filing.Id, shenzhen); // a competing claim goes to the reviewer
        Assert.Equal("credit.claim-exists", (await Assert.ThrowsAsync<DomainRuleException>(() => ProposeAsync(filing.Id, beijing))).Code);

        var queue = await SendAsync(Reviewer, new CreditQueueQuery());
        Assert.Equal(2, queue.TotalCount);
        Assert.All(queue.Items, i => Assert.Equal(1, i.CompetingClaims));

        var confirmed = await SendAsync(Reviewer, new ConfirmCreditCommand(first.Id, first.Version));
        Assert.Equal(CreditStatus.Confirmed, confirmed.Status);
        var credits = await SendAsync(Filer, new ListFilingCreditsQuery(filing.Id));
        var rejected = Assert.Single(credits, c => c.Id == second.Id);
        Assert.Equal(CreditStatus.Rejected, rejected.Status);
        Assert.Equal(ProjectCredit.AnotherClaimConfirmedReason, rejected.Reason);
        Assert.Equal(0, (await SendAsync(Reviewer, new CreditQueueQuery())).TotalCount);
        Assert.True(await Fixture.DbAsync(db => db.Notifications.AnyAsync(n => n.Kind == NotificationKind.CreditConfirmed && n.FilingId == filing.Id)));

        // a confirmed credit: a new claim is refused, a reviewer changes it instead
        Assert.Equal("credit.already-confirmed", (await Assert.ThrowsAsync<DomainRuleException>(() => ProposeAsync(filing.Id, shenzhen))).Code);
    }

    [Fact]
    public async Task Confirming_when_the_filing_has_a_confirmed_credit_is_409_and_saves_nothing()
    {
        var filing = await ApprovedAsync("已确认项目");
        var beijing = await AssociationAsync("北京常德商会");
        var first = await ProposeAsync(filing.Id, beijing);
        var person = await SendAsync(Filer, new ProposeCreditCommand(filing.Id, null, RecommenderKind.Person, null, "张先生"));
        await SendAsync(Reviewer, new ConfirmCreditCommand(first.Id, first.Version));

        var rejected = (await SendAsync(Reviewer, new ListFilingCreditsQuery(filing.Id))).Single(c => c.Id == person.Id);
        Assert.Equal("credit.already-decided", (await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new ConfirmCreditCommand(rejected.Id, rejected.Version)))).Code);

        // a claim that arrived after the confirmation (e.g. from a lead) cannot be confirmed beside it
        var late = await Fixture.DbAsync(async db =>
        {
            var credit = ProjectCredit.Propose(filing.Id, filing.UnitId, null, RecommenderKind.Person, null, "王先生", CreditSource.Lead, null, null, "system", AppFixture.Start);
            db.ProjectCredits.Add(credit);
            await db.SaveChangesAsync();
            return credit;
        });
        Assert.Equal("credit.already-confirmed", (await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new ConfirmCreditCommand(late.Id, late.Version)))).Code);
        Assert.Equal(CreditStatus.Proposed, await Fixture.DbAsync(db => db.ProjectCredits.Where(c => c.Id == late.Id).Select(c => c.Status).SingleAsync()));

        // a stale version is a 409 too
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new ConfirmCreditCommand(first.Id, first.Version)));
        Assert.Equal(1, await Fixture.DbAsync(db => db.ProjectCredits.CountAsync(c => c.Status == CreditStatus.Confirmed)));
    }

    [Fact]
    public async Task A_reviewer_changes_the_confirmed_credit_with_a_reason_and_the_history_keeps_both()
    {
        var filing = await ApprovedAsync("变更认定项目");
        var beijing = await AssociationAsync("北京常德商会");
        var shenzhen = await AssociationAsync("深圳常德商会");
        var first = await ProposeAsync(filing.Id, beijing);
        var confirmed = await SendAsync(Reviewer, new ConfirmCreditCommand(first.Id, first.Version));

        var changed = await SendAsync(Reviewer, new ChangeCreditCommand(filing.Id, confirmed.Version, shenzhen, null, null, null, "经核实由深圳常德商会引荐。"));
        Assert.Equal(CreditStatus.Confirmed, changed.Status);
        Assert.Equal(CreditSource.Reviewer, changed.Source);
        var history = await SendAsync(Reviewer, new ListFilingCreditsQuery(filing.Id));
        Assert.Equal([CreditStatus.Superseded, CreditStatus.Confirmed], history.Select(c => c.Status));
        Assert.Equal("经核实由深圳常德商会引荐。", history[0].Reason);
        Assert.Equal("reviewer", history[0].DecidedByName);

        var rejected = await ProposeAsync((await ApprovedAsync("退回认定项目")).Id, beijing);
        var done = await SendAsync(Reviewer, new RejectCreditCommand(rejected.Id, rejected.Version, "材料不足。"));
        Assert.Equal(CreditStatus.Rejected, done.Status);
        Assert.Equal("credit.not-confirmed", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            SendAsync(Reviewer, new ChangeCreditCommand(done.FilingId, done.Version, shenzhen, null, null, null, "变更。")))).Code);
    }

    [Fact]
    public async Task A_dissolved_association_another_units_filing_and_an_unknown_recommender_are_refused()
    {
        var filing = await ApprovedAsync("范围项目");
        var dissolved = await AssociationAsync("已注销商会", AssociationStatus.Dissolved);
        Assert.Equal("association.dissolved", (await Assert.ThrowsAsync<DomainRuleException>(() => ProposeAsync(filing.Id, dissolved))).Code);
        var beijing = await AssociationAsync("北京常德商会");
        await Assert.ThrowsAsync<NotFoundException>(() => ProposeAsync(filing.Id, beijing, Filer2));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new ListFilingCreditsQuery(filing.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, new ProposeCreditCommand(filing.Id, null, RecommenderKind.Ambassador, Guid.NewGuid(), null)));
        await Assert.ThrowsAsync<NotFoundException>(() => ProposeAsync(filing.Id, Guid.NewGuid()));
        Assert.Equal(0, await Fixture.DbAsync(db => db.ProjectCredits.CountAsync()));
    }

    [Fact]
    public async Task The_purchased_service_year_stays_within_its_budget()
    {
        var year = await SendAsync(Admin, new CreatePurchasedServiceYearCommand(2026, "常德市招商服务中心", 2_500_000m, null, null));
        Assert.Equal(3_000_000m, year.BudgetLimit);
        var association = await AssociationAsync("北京常德商会");
        await SendAsync(Admin, new AddPurchasedServicePaymentCommand(year.Id, D("2026-03-31"), 2_500_000m, "首期"));
        await SendAsync(Reviewer, new AddServiceSubsidyCommand(year.Id, association, D("2026-12-01"), 400_000m, null));

        var over = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin, new AddServiceSubsidyCommand(year.Id, association, D("2026-12-02"), 100_000.01m, null)));
        Assert.Equal("purchased-service.over-budget", over.Code);
        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin, new AddPurchasedServicePaymentCommand(year.Id, D("2026-04-01"), 1.001m, null)));
        var read = await SendAsync(Leader, new GetPurchasedServiceYearQuery(year.Id));
        Assert.Equal(2_900_000m, read.Used);
        Assert.Equal(100_000m, read.Remaining);
        Assert.Equal("purchased-service.year-exists", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            SendAsync(Admin, new CreatePurchasedServiceYearCommand(2026, "另一机构", 1m, null, null)))).Code);
    }

    [Fact]
    public async Task A_payment_whose_request_read_the_year_before_another_payment_saved_is_refused_as_stale_and_saves_nothing()
    {
        var year = await SendAsync(Admin, new CreatePurchasedServiceYearCommand(2026, "常德市招商服务中心", 2_500_000m, null, null));

        await Fixture.InOneScopeAsync(Reviewer, async (sender, db) =>
        {
            // This request has read the year (its version) when another request's payment saves …
            await db.PurchasedServiceYears.Include(y => y.Payments).Include(y => y.Subsidies).FirstAsync(y => y.Id == year.Id);
            await SendAsync(Admin, new AddPurchasedServicePaymentCommand(year.Id, D("2026-03-31"), 1_000_000m, "首期"));

            // … so its own payment, checked against what it read, may not save as well: 409 concurrency.stale, to be retried.
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
                await sender.Send(new AddPurchasedServicePaymentCommand(year.Id, D("2026-04-01"), 1_000_000m, "二期")));
        });

        var read = await SendAsync(Leader, new GetPurchasedServiceYearQuery(year.Id));
        Assert.Equal(1_000_000m, read.Used);
        Assert.Equal(year.Version + 1, read.Version);

        // Retried on the new version, it is checked against the whole year and saves.
        var retried = await SendAsync(Reviewer, new AddPurchasedServicePaymentCommand(year.Id, D("2026-04-01"), 1_000_000m, "二期"));
        Assert.Equal(2_000_000m, retried.Used);
        Assert.Equal(year.Version + 2, retried.Version);
    }
}
