using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Leads;
using InvestPromo.Application.Leads.Commands.AnswerOpinionRequest;
using InvestPromo.Application.Leads.Commands.AssignLead;
using InvestPromo.Application.Leads.Commands.MergeLead;
using InvestPromo.Application.Leads.Commands.RecordLead;
using InvestPromo.Application.Leads.Commands.RequestLeadOpinion;
using InvestPromo.Application.Leads.Commands.ShelveLead;
using InvestPromo.Application.Leads.Queries.GetLead;
using InvestPromo.Application.Leads.Queries.ListLeads;
using InvestPromo.Application.Leads.Queries.ListOpinionRequests;
using InvestPromo.Application.People.Ambassadors.Commands.CreateAmbassador;
using InvestPromo.Application.People.Ambassadors.Queries.GetAmbassador;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Leads;
using InvestPromo.Domain.Notifications;
using InvestPromo.Application.Common.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Project leads and their assessment (issue 14 item 4) through ISender, each caller on the real database.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class LeadTests(AppFixture fixture) : AppTest(fixture)
{
    private Caller Association => Fixture.User("association");

    private Guid DemoAssociationId => Association.AssociationId!.Value;

    private Task<LeadDto> RecordAsync(Caller caller, string company = "某某新能源有限公司", LeadSourceKind kind = LeadSourceKind.Center, Guid? sourceId = null) =>
        SendAsync(caller, new RecordLeadCommand(company, Equip, 300_000_000m, "440000", "董事长为常德籍。", kind, sourceId));

    private async Task<(Guid Id, Caller User)> OtherAssociationAsync()
    {
        var other = await SendAsync(Admin, new CreateAssociationCommand("广州常德商会", AssociationKind.HometownChamberElsewhere));
        return (other.Id, new Caller(Guid.NewGuid(), "other-association", null, "Association") { AssociationId = other.Id });
    }

    private static async Task<string> RefusedAsync(Func<Task> act) => (await Assert.ThrowsAsync<DomainRuleException>(act)).Code;

    [Fact]
    public async Task An_association_user_records_a_lead_whose_source_is_its_own_association_whatever_it_sends()
    {
        var lead = await RecordAsync(Association, kind: LeadSourceKind.Center);

        Assert.Equal(LeadSourceKind.Association, lead.SourceKind);
        Assert.Equal(DemoAssociationId, lead.SourceId);
        Assert.Equal(LeadStatus.Recorded, lead.Status);
        Assert.Equal(DemoAssociationId, lead.RecordedByAssociationId);
    }

    [Fact]
    public async Task Each_role_sees_only_its_leads_and_another_units_or_associations_lead_is_a_404()
    {
        var center = await RecordAsync(Reviewer, "中心线索公司");
        var own = await RecordAsync(Filer, "武陵区线索公司");
        var fromAssociation = await RecordAsync(Association, "商会线索公司");
        var (_, other) = await OtherAssociationAsync();

        Assert.Equal(3, (await SendAsync(Reviewer, new ListLeadsQuery())).TotalCount);
        Assert.Equal(3, (await SendAsync(Admin, new ListLeadsQuery())).TotalCount);
        Assert.Equal([own.Id], (await SendAsync(Filer, new ListLeadsQuery())).Items.Select(l => l.Id));
        Assert.Empty((await SendAsync(Filer2, new ListLeadsQuery())).Items);
        Assert.Equal([fromAssociation.Id], (await SendAsync(Association, new ListLeadsQuery())).Items.Select(l => l.Id));
        Assert.Empty((await SendAsync(other, new ListLeadsQuery())).Items);

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new GetLeadQuery(own.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, new GetLeadQuery(center.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(other, new GetLeadQuery(fromAssociation.Id)));
        Assert.Equal(LeadSourceKind.Unit, own.SourceKind);
        Assert.Equal(Filer.UnitId, own.SourceId);
    }

    [Fact]
    public async Task The_center_asks_an_association_which_answers_once_in_its_portal_and_the_answer_joins_the_record()
    {
        var lead = await RecordAsync(Reviewer);
        var (otherId, other) = await OtherAssociationAsync();

        var asked = await SendAsync(Reviewer, new RequestLeadOpinionCommand(lead.Id, [DemoAssociationId], "请了解企业情况。", lead.Version));
        Assert.Equal(LeadStatus.UnderAssessment, asked.Status);
        var notices = await Fixture.DbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.LeadOpinionRequested).Select(n => n.RecipientId).ToListAsync());
        Assert.Equal([Association.UserId!.Value], notices);

        // The association now sees the lead (it was asked) and the open request; the other association sees nothing.
        Assert.Equal([lead.Id], (await SendAsync(Association, new ListLeadsQuery())).Items.Select(l => l.Id));
        var open = Assert.Single((await SendAsync(Association, new ListOpinionRequestsQuery(OpenOnly: true))).Items);
        Assert.Empty((await SendAsync(other, new ListOpinionRequestsQuery())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(other, new AnswerOpinionRequestCommand(open.Id, "越权答复", open.Version)));

        var answered = await SendAsync(Association, new AnswerOpinionRequestCommand(open.Id, "企业经营稳健。", open.Version));
        Assert.Equal("企业经营稳健。", answered.Answer);
        Assert.Equal("lead.opinion-answered", await RefusedAsync(() => SendAsync(Association, new AnswerOpinionRequestCommand(open.Id, "再答一次", answered.Version))));

        var detail = await SendAsync(Reviewer, new GetLeadQuery(lead.Id));
        Assert.Equal("企业经营稳健。", Assert.Single(detail.Opinions).Answer);
        Assert.Equal([LeadHistoryAction.Recorded, LeadHistoryAction.OpinionRequested, LeadHistoryAction.OpinionAnswered], detail.History.Select(h => h.Action));
        Assert.NotEqual(otherId, detail.Opinions[0].AssociationId);
    }

    [Fact]
    public async Task A_dissolved_association_cannot_be_asked_nor_be_a_source()
    {
        var lead = await RecordAsync(Reviewer);
        await Fixture.DbAsync(async db =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Associations\" SET \"Status\" = 'Dissolved' WHERE \"Id\" = {DemoAssociationId}");
            return 0;
        });

        Assert.Equal("association.dissolved", await RefusedAsync(() => SendAsync(Reviewer, new RequestLeadOpinionCommand(lead.Id, [DemoAssociationId], "问", lead.Version))));
        Assert.Equal("association.dissolved", await RefusedAsync(() => RecordAsync(Reviewer, kind: LeadSourceKind.Association, sourceId: DemoAssociationId)));
    }

    [Fact]
    public async Task Assigning_notifies_the_units_filers_and_ends_the_assessment()
    {
        var lead = await RecordAsync(Reviewer);
        var assigned = await SendAsync(Reviewer, new AssignLeadCommand(lead.Id, Filer.UnitId!.Value, "请对接。", lead.Version));

        Assert.Equal(LeadStatus.Assigned, assigned.Status);
        var notices = await Fixture.DbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.LeadAssigned).Select(n => n.RecipientId).ToListAsync());
        Assert.Contains(Filer.UserId!.Value, notices);
        Assert.DoesNotContain(Filer2.UserId!.Value, notices);
        Assert.Equal([lead.Id], (await SendAsync(Filer, new ListLeadsQuery(Status: LeadStatus.Assigned))).Items.Select(l => l.Id));
        Assert.Equal("lead.status-invalid", await RefusedAsync(() => SendAsync(Reviewer, new ShelveLeadCommand(lead.Id, "晚了", assigned.Version))));
    }

    [Fact]
    public async Task A_lead_merges_into_another_but_not_into_itself_nor_a_merged_one()
    {
        var a = await RecordAsync(Reviewer, "甲公司");
        var b = await RecordAsync(Reviewer, "乙公司");
        var c = await RecordAsync(Reviewer, "丙公司");

        Assert.Equal("lead.merge-invalid", await RefusedAsync(() => SendAsync(Reviewer, new MergeLeadCommand(a.Id, a.Id, null, a.Version))));
        var merged = await SendAsync(Reviewer, new MergeLeadCommand(a.Id, b.Id, "同一投资", a.Version));
        Assert.Equal(b.Id, merged.MergedIntoId);
        Assert.Equal("lead.merge-invalid", await RefusedAsync(() => SendAsync(Reviewer, new MergeLeadCommand(c.Id, a.Id, null, c.Version))));
        var shelved = await SendAsync(Reviewer, new ShelveLeadCommand(c.Id, "暂缓", c.Version));
        Assert.Equal(LeadStatus.Shelved, shelved.Status);
        Assert.Equal("暂缓", shelved.DecisionNote);
    }

    [Fact]
    public async Task A_filing_with_an_association_lead_proposes_its_credit_once_even_when_resubmitted()
    {
        var lead = await RecordAsync(Association);
        lead = await SendAsync(Reviewer, new GetLeadQuery(lead.Id));
        await SendAsync(Reviewer, new AssignLeadCommand(lead.Id, Filer.UnitId!.Value, null, lead.Version));

        var filing = await CreateAsync(Filer, Draft.Complete(Equip) with { LeadId = lead.Id });
        Assert.Equal(lead.Id, filing.LeadId);
        filing = await SubmitAsync(Filer, filing);
        filing = await ReturnAsync(Reviewer, filing, "补充材料");
        await SubmitAsync(Filer, filing);

        var credits = await Fixture.DbAsync(db => db.ProjectCredits.Where(c => c.FilingId == filing.Id).ToListAsync());
        var credit = Assert.Single(credits);
        Assert.Equal(CreditSource.Lead, credit.Source);
        Assert.Equal(lead.Id, credit.LeadId);
        Assert.Equal(DemoAssociationId, credit.AssociationId);
        Assert.Equal(CreditStatus.Proposed, credit.Status);
    }

    [Fact]
    public async Task A_filing_with_a_units_lead_proposes_no_credit()
    {
        var lead = await RecordAsync(Filer);
        await SendAsync(Reviewer, new AssignLeadCommand(lead.Id, Filer.UnitId!.Value, null, lead.Version));

        var filing = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip) with { LeadId = lead.Id }));

        Assert.Equal(0, await Fixture.DbAsync(db => db.ProjectCredits.CountAsync(c => c.FilingId == filing.Id)));
    }

    [Fact]
    public async Task A_filing_may_not_link_a_lead_not_assigned_to_its_unit()
    {
        var recorded = await RecordAsync(Filer);
        var elsewhere = await RecordAsync(Reviewer);
        await SendAsync(Reviewer, new AssignLeadCommand(elsewhere.Id, Filer2.UnitId!.Value, null, elsewhere.Version));

        Assert.Equal("lead.not-assigned-to-unit", await RefusedAsync(() => CreateAsync(Filer, Draft.Complete(Equip) with { LeadId = recorded.Id })));
        await Assert.ThrowsAsync<NotFoundException>(() => CreateAsync(Filer, Draft.Complete(Equip) with { LeadId = elsewhere.Id }));
    }

    [Fact]
    public async Task A_filing_with_an_ambassadors_lead_proposes_the_ambassador_as_recommender_and_the_ambassador_lists_both()
    {
        var ambassador = await SendAsync(Reviewer, new CreateAmbassadorCommand(2026, "陈志远", "CD-ZSDS-2026-001"));
        var lead = await RecordAsync(Reviewer, kind: LeadSourceKind.Ambassador, sourceId: ambassador.Id);
        Assert.Equal(LeadSourceKind.Ambassador, lead.SourceKind);
        Assert.Equal(ambassador.Id, lead.SourceId);
        Assert.Equal("陈志远", lead.SourceName);
        await SendAsync(Reviewer, new AssignLeadCommand(lead.Id, Filer.UnitId!.Value, null, lead.Version));
        await RecordAsync(Reviewer, company: "别人的线索");

        var filing = await SubmitAsync(Filer, await CreateAsync(Filer, Draft.Complete(Equip) with { LeadId = lead.Id }));

        var credit = Assert.Single(await Fixture.DbAsync(db => db.ProjectCredits.Where(c => c.FilingId == filing.Id).ToListAsync()));
        Assert.Equal((CreditSource.Lead, lead.Id, CreditStatus.Proposed), (credit.Source, credit.LeadId, credit.Status));
        Assert.Null(credit.AssociationId);
        Assert.Equal((RecommenderKind.Ambassador, ambassador.Id, "陈志远"), (credit.RecommenderKind, credit.RecommenderId, credit.RecommenderName));

        var detail = await SendAsync(Leader, new GetAmbassadorQuery(ambassador.Id));
        var listed = Assert.Single(detail.Leads);
        Assert.Equal((lead.Id, "某某新能源有限公司", LeadStatus.Assigned), (listed.LeadId, listed.CompanyName, listed.Status));
        Assert.NotNull(listed.AssignedUnitName);
        Assert.Equal([filing.Id], detail.Credits.Select(c => c.FilingId));
    }
}
