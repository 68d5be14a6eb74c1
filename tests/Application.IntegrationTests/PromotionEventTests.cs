using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.PromotionEvents;
using InvestPromo.Application.PromotionEvents.Commands.ConfirmPromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.DeletePromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.ProposePromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.RecordPromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.RejectPromotionEvent;
using InvestPromo.Application.PromotionEvents.Commands.UpdatePromotionEvent;
using InvestPromo.Application.PromotionEvents.Queries.ExportPromotionEvents;
using InvestPromo.Application.PromotionEvents.Queries.GetPromotionEvent;
using InvestPromo.Application.PromotionEvents.Queries.ListPromotionEvents;
using InvestPromo.Application.Publicity;
using InvestPromo.Application.Publicity.Commands.RecordPublicityItem;
using InvestPromo.Application.Publicity.Commands.UpdatePublicityItem;
using InvestPromo.Application.Publicity.Queries.ListPublicityItems;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.PromotionEvents;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Promotion events and publicity items (issue 15 item 1) through ISender, each caller on the real database.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class PromotionEventTests(AppFixture fixture) : AppTest(fixture)
{
    private Caller Association => Fixture.User("association");

    private Guid DemoAssociationId => Association.AssociationId!.Value;

    private Task<PromotionEventDto> RecordAsync(Caller caller, string title = "常德市（北京）产业招商推介会", Guid? unitId = null, IReadOnlyList<EventAssociationInput>? associations = null) =>
        SendAsync(caller, new RecordPromotionEventCommand(
            PromotionEventKind.Promotion, title, D("2026-10-01"), D("2026-10-02"), "北京", unitId,
            associations ?? [new(DemoAssociationId, EventAssociationRole.Host)], 30, ["甲公司"], null, null, "概况"));

    private Task<PromotionEventDto> ProposeAsync(Caller caller, string title = "在京常德籍企业家座谈会") =>
        SendAsync(caller, new ProposePromotionEventCommand(
            PromotionEventKind.Symposium, title, D("2026-09-10"), D("2026-09-10"), "北京常德商会", null, EventAssociationRole.Host,
            null, 10, null, null, null, null));

    private static UpdatePromotionEventCommand Edit(PromotionEventDto e, string title) =>
        new(e.Id, e.Kind, title, e.StartsOn, e.EndsOn, e.Place, e.OrganiserUnitId,
            [.. e.Associations.Select(a => new EventAssociationInput(a.AssociationId, a.Role))], e.InvitedCompanyCount, e.InvitedCompanies,
            [.. e.Leads.Select(l => l.LeadId)], [.. e.SignedProjects.Select(p => p.FilingId)], e.Summary, e.Version);

    private async Task<Caller> OtherAssociationAsync()
    {
        var other = await SendAsync(Admin, new CreateAssociationCommand("广州常德商会", AssociationKind.HometownChamberElsewhere));
        return new Caller(Guid.NewGuid(), "other-association", null, "Association") { AssociationId = other.Id };
    }

    [Fact]
    public async Task An_association_proposes_its_event_the_center_sees_it_in_the_queue_and_confirms_it_and_the_association_is_told()
    {
        var proposed = await ProposeAsync(Association);

        Assert.Equal(PromotionEventStatus.Proposed, proposed.Status);
        Assert.Equal(DemoAssociationId, proposed.ProposedByAssociationId);
        var own = Assert.Single(proposed.Associations);
        Assert.Equal((DemoAssociationId, EventAssociationRole.Host), (own.AssociationId, own.Role));
        var queue = await SendAsync(Reviewer, new ListPromotionEventsQuery(Filter: new(Status: PromotionEventStatus.Proposed)));
        Assert.Equal([proposed.Id], queue.Items.Select(e => e.Id));

        var confirmed = await SendAsync(Reviewer, new ConfirmPromotionEventCommand(proposed.Id, proposed.Version));

        Assert.Equal(PromotionEventStatus.Confirmed, confirmed.Status);
        Assert.Equal("reviewer", confirmed.DecidedByName);
        var notices = await Fixture.DbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.EventDecided).Select(n => n.RecipientId).ToListAsync());
        Assert.Equal([Association.UserId!.Value], notices);
        Assert.Equal("event.already-decided", (await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new ConfirmPromotionEventCommand(confirmed.Id, confirmed.Version)))).Code);
        Assert.Equal("event.already-decided", (await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Association, Edit(confirmed, "改名")))).Code);
    }

    [Fact]
    public async Task The_center_rejects_a_proposal_with_its_reason_and_the_association_reads_it()
    {
        var proposed = await ProposeAsync(Association);

        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new RejectPromotionEventCommand(proposed.Id, " ", proposed.Version)));
        await SendAsync(Reviewer, new RejectPromotionEventCommand(proposed.Id, "会员内部联谊，不属于招商活动。", proposed.Version));

        var seen = await SendAsync(Association, new GetPromotionEventQuery(proposed.Id));
        Assert.Equal(PromotionEventStatus.Rejected, seen.Status);
        Assert.Equal("会员内部联谊，不属于招商活动。", seen.RejectionReason);
        Assert.Equal(1, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.EventDecided)));
    }

    [Fact]
    public async Task Each_role_sees_only_its_events_and_another_units_or_associations_event_is_a_404()
    {
        var center = await RecordAsync(Reviewer, "中心推介会");
        var wuling = await RecordAsync(Filer, "武陵区洽谈会", unitId: Guid.NewGuid());
        var proposal = await ProposeAsync(Association);
        var other = await OtherAssociationAsync();

        Assert.Equal(Filer.UnitId, wuling.OrganiserUnitId);
        Assert.Equal(PromotionEventStatus.Confirmed, wuling.Status);
        Assert.Equal(3, (await SendAsync(Reviewer, new ListPromotionEventsQuery())).TotalCount);
        Assert.Equal(3, (await SendAsync(Leader, new ListPromotionEventsQuery())).TotalCount);
        Assert.Equal([wuling.Id], (await SendAsync(Filer, new ListPromotionEventsQuery())).Items.Select(e => e.Id));
        Assert.Empty((await SendAsync(Filer2, new ListPromotionEventsQuery())).Items);
        Assert.Equal(3, (await SendAsync(Association, new ListPromotionEventsQuery())).TotalCount);
        Assert.Empty((await SendAsync(other, new ListPromotionEventsQuery())).Items);

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, new GetPromotionEventQuery(wuling.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer2, Edit(wuling, "改名")));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Filer, Edit(center, "改名")));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(other, new GetPromotionEventQuery(proposal.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(other, new DeletePromotionEventCommand(proposal.Id, proposal.Version)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Association, Edit(center, "改名")));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        var recorded = await RecordAsync(Reviewer);
        var edited = await SendAsync(Reviewer, Edit(recorded, "改后的名称"));
        Assert.True(edited.Version > recorded.Version);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, Edit(recorded, "过期的修改")));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new DeletePromotionEventCommand(recorded.Id, recorded.Version)));
        Assert.Equal("改后的名称", (await SendAsync(Reviewer, new GetPromotionEventQuery(recorded.Id))).Title);
    }

    [Fact]
    public async Task Editing_the_associations_changes_roles_and_bumps_the_version()
    {
        var other = await SendAsync(Admin, new CreateAssociationCommand("上海常德商会", AssociationKind.HometownChamberElsewhere));
        var recorded = await RecordAsync(Reviewer);

        var edited = await SendAsync(Reviewer, Edit(recorded, recorded.Title) with
        {
            Associations = [new(DemoAssociationId, EventAssociationRole.CoHost), new(other.Id, EventAssociationRole.Host)],
        });

        Assert.True(edited.Version > recorded.Version);
        Assert.Equal(
            [(DemoAssociationId, EventAssociationRole.CoHost), (other.Id, EventAssociationRole.Host)],
            edited.Associations.Select(a => (a.AssociationId, a.Role)).OrderBy(a => a.Role == EventAssociationRole.Host));
        Assert.Equal([edited.Id], (await SendAsync(Reviewer, new ListPromotionEventsQuery(Filter: new(AssociationId: other.Id)))).Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_records_nothing()
    {
        var ends = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new RecordPromotionEventCommand(
            PromotionEventKind.Promotion, "推介会", D("2026-10-02"), D("2026-10-01"), "北京", null, null, 0, null, null, null, null)));
        Assert.Contains("EndsOn", ends.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        var count = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new RecordPromotionEventCommand(
            PromotionEventKind.Promotion, "推介会", D("2026-10-01"), D("2026-10-01"), "北京", null, null, 1, ["甲公司", "乙公司"], null, null, null)));
        Assert.Contains("InvitedCompanyCount", count.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        var missing = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new RecordPromotionEventCommand(
            PromotionEventKind.Promotion, "推介会", D("2026-10-01"), D("2026-10-01"), "北京", null, [new(Guid.NewGuid(), EventAssociationRole.Host)], 0, null, null, null, null)));
        Assert.Contains("associations", missing.Errors.Keys);
        Assert.Equal(0, await Fixture.DbAsync(db => db.PromotionEvents.CountAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_kind_year_and_status_and_exports_the_same_rows()
    {
        await RecordAsync(Reviewer, "推介会一");
        await ProposeAsync(Association, "座谈会一");

        Assert.Single((await SendAsync(Reviewer, new ListPromotionEventsQuery(Filter: new(Kind: PromotionEventKind.Symposium)))).Items);
        Assert.Equal(2, (await SendAsync(Reviewer, new ListPromotionEventsQuery(Filter: new(Year: 2026)))).TotalCount);
        Assert.Empty((await SendAsync(Reviewer, new ListPromotionEventsQuery(Filter: new(Year: 2025)))).Items);
        Assert.Single((await SendAsync(Reviewer, new ListPromotionEventsQuery(Filter: new(Search: "推介")))).Items);

        var file = await SendAsync(Reviewer, new ExportPromotionEventsQuery(new(Status: PromotionEventStatus.Confirmed)));
        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        Assert.True(file.Content.Length > 0 || file.Content.CanRead);
    }

    [Fact]
    public async Task Publicity_items_need_an_http_link_and_the_association_reads_only_its_own()
    {
        var other = await SendAsync(Admin, new CreateAssociationCommand("上海常德商会", AssociationKind.HometownChamberElsewhere));
        var own = await SendAsync(Reviewer, new RecordPublicityItemCommand("常德日报", D("2026-10-01"), "商会助力家乡", "https://example.com/a", DemoAssociationId));
        await SendAsync(Reviewer, new RecordPublicityItemCommand("湖南日报", D("2026-10-02"), "另一篇", "http://example.com/b", other.Id));

        var bad = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new RecordPublicityItemCommand("常德日报", D("2026-10-01"), "标题", "javascript:alert(1)", DemoAssociationId)));
        Assert.Contains("Url", bad.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(2, (await SendAsync(Leader, new ListPublicityItemsQuery())).TotalCount);
        Assert.Equal([own.Id], (await SendAsync(Association, new ListPublicityItemsQuery())).Items.Select(i => i.Id));
        Assert.Single((await SendAsync(Reviewer, new ListPublicityItemsQuery(Filter: new PublicityFilter(AssociationId: other.Id)))).Items);

        var edited = await SendAsync(Reviewer, new UpdatePublicityItemCommand(own.Id, own.Medium, own.PublishedOn, "新标题", own.Url, own.AssociationId, own.Version));
        Assert.Equal("新标题", edited.Title);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new UpdatePublicityItemCommand(own.Id, own.Medium, own.PublishedOn, "过期", own.Url, own.AssociationId, own.Version)));
    }
}
