using InvestPromo.Domain.Common;
using InvestPromo.Domain.PromotionEvents;
using InvestPromo.Domain.Publicity;

namespace InvestPromo.Domain.UnitTests;

/// <summary>Promotion events and publicity items (issue 15 item 1): dates, roles, companies, the center's decision on a proposal.</summary>
public sealed class PromotionEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Association = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static PromotionEventDetails Details(
        DateOnly? starts = null, DateOnly? ends = null, IReadOnlyList<(Guid, EventAssociationRole)>? associations = null, int invited = 3,
        IReadOnlyList<string>? companies = null, IReadOnlyList<Guid>? leads = null) =>
        new(PromotionEventKind.Promotion, "常德市（北京）产业招商推介会", starts ?? new DateOnly(2026, 10, 1), ends ?? new DateOnly(2026, 10, 2), "北京",
            null, associations ?? [(Association, EventAssociationRole.Host), (Other, EventAssociationRole.CoHost)], invited,
            companies ?? ["甲公司", "乙公司"], leads ?? [], [], null);

    private static PromotionEvent Proposed() => PromotionEvent.Propose(Details(), Association, Guid.NewGuid(), "association", Now);

    private static string Code(Action act) => Assert.Throws<DomainRuleException>(act).Code;

    [Fact]
    public void The_center_records_an_event_confirmed_at_once_and_raises_no_decision()
    {
        var promotionEvent = PromotionEvent.Record(Details(), Guid.NewGuid(), "reviewer", null, Now);

        Assert.Equal(PromotionEventStatus.Confirmed, promotionEvent.Status);
        Assert.Null(promotionEvent.ProposedByAssociationId);
        Assert.Equal(2, promotionEvent.Associations.Count);
        Assert.Equal(["甲公司", "乙公司"], promotionEvent.InvitedCompanies);
        Assert.Empty(promotionEvent.DomainEvents);
    }

    [Fact]
    public void An_event_may_last_one_day_but_cannot_end_before_it_starts()
    {
        var oneDay = PromotionEvent.Record(Details(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1)), null, "reviewer", null, Now);
        Assert.Equal(oneDay.StartsOn, oneDay.EndsOn);
        Assert.Equal("event.dates-invalid", Code(() => PromotionEvent.Record(Details(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1)), null, "reviewer", null, Now)));
    }

    [Fact]
    public void Each_association_is_named_once_with_a_known_role()
    {
        Assert.Equal("event.associations-invalid", Code(() => PromotionEvent.Record(
            Details(associations: [(Association, EventAssociationRole.Host), (Association, EventAssociationRole.Participant)]), null, "reviewer", null, Now)));
        Assert.Equal("event.associations-invalid", Code(() => PromotionEvent.Record(
            Details(associations: [(Association, (EventAssociationRole)9)]), null, "reviewer", null, Now)));
    }

    [Fact]
    public void The_count_of_companies_invited_is_at_least_the_names_listed_and_names_are_not_repeated()
    {
        Assert.Equal("event.invited-count-invalid", Code(() => PromotionEvent.Record(Details(invited: 1), null, "reviewer", null, Now)));
        Assert.Equal("event.invited-count-invalid", Code(() => PromotionEvent.Record(Details(invited: -1, companies: []), null, "reviewer", null, Now)));
        Assert.Equal("event.companies-invalid", Code(() => PromotionEvent.Record(Details(companies: ["甲公司", " 甲公司 "]), null, "reviewer", null, Now)));
        var unnamed = PromotionEvent.Record(Details(invited: 40, companies: []), null, "reviewer", null, Now);
        Assert.Equal(40, unnamed.InvitedCompanyCount);
        Assert.Empty(unnamed.InvitedCompanies);
    }

    [Fact]
    public void A_lead_is_linked_once()
    {
        var lead = Guid.NewGuid();
        Assert.Equal("event.links-invalid", Code(() => PromotionEvent.Record(Details(leads: [lead, lead]), null, "reviewer", null, Now)));
    }

    [Fact]
    public void The_proposing_association_must_be_involved()
    {
        Assert.Equal("event.proposer-not-involved", Code(() => PromotionEvent.Propose(Details(associations: [(Other, EventAssociationRole.Host)]), Association, null, "association", Now)));
    }

    [Fact]
    public void A_proposal_waits_then_the_center_confirms_it_once_and_the_association_is_told()
    {
        var promotionEvent = Proposed();
        Assert.Equal(PromotionEventStatus.Proposed, promotionEvent.Status);

        promotionEvent.Confirm(Guid.NewGuid(), "reviewer", Now.AddDays(1));

        Assert.Equal(PromotionEventStatus.Confirmed, promotionEvent.Status);
        var decided = Assert.IsType<PromotionEventDecided>(Assert.Single(promotionEvent.DomainEvents));
        Assert.True(decided.Confirmed);
        Assert.Equal(Association, decided.AssociationId);
        Assert.Equal("event.already-decided", Code(() => promotionEvent.Confirm(null, "reviewer", Now)));
        Assert.Equal("event.already-decided", Code(() => promotionEvent.Reject("迟到的退回", null, "reviewer", Now)));
    }

    [Fact]
    public void A_rejection_needs_its_reason_and_closes_the_proposal_to_the_association()
    {
        var promotionEvent = Proposed();
        Assert.Equal("event.text-invalid", Code(() => promotionEvent.Reject("  ", null, "reviewer", Now)));
        Assert.Equal(PromotionEventStatus.Proposed, promotionEvent.Status);

        promotionEvent.Reject("不属于招商活动", null, "reviewer", Now);

        Assert.Equal(PromotionEventStatus.Rejected, promotionEvent.Status);
        Assert.Equal("不属于招商活动", promotionEvent.RejectionReason);
        Assert.False(Assert.IsType<PromotionEventDecided>(Assert.Single(promotionEvent.DomainEvents)).Confirmed);
        Assert.Equal("event.already-decided", Code(() => promotionEvent.Update(Details(), Association, Now)));
        Assert.Equal("event.already-decided", Code(() => promotionEvent.Delete(Association, null, Now)));
        promotionEvent.Update(Details(), byAssociationId: null, Now);
    }

    [Fact]
    public void The_association_edits_its_waiting_proposal_but_must_stay_involved_and_roles_change_in_place()
    {
        var promotionEvent = Proposed();
        promotionEvent.Update(Details(associations: [(Association, EventAssociationRole.CoHost)]), Association, Now);
        var only = Assert.Single(promotionEvent.Associations);
        Assert.Equal(EventAssociationRole.CoHost, only.Role);
        Assert.Equal("event.proposer-not-involved", Code(() => promotionEvent.Update(Details(associations: [(Other, EventAssociationRole.Host)]), Association, Now)));
    }

    [Theory]
    [InlineData("https://www.changde.gov.cn/news/1.html", true)]
    [InlineData("http://example.com", true)]
    [InlineData("ftp://example.com/a", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("www.example.com", false)]
    [InlineData("", false)]
    public void A_publicity_items_link_is_an_http_or_https_address(string url, bool valid)
    {
        Assert.Equal(valid, PublicityItem.IsWebAddress(url));
        if (!valid)
        {
            Assert.Equal("publicity.url-invalid", Code(() => PublicityItem.Record("常德日报", new DateOnly(2026, 10, 1), "标题", url, Association, null, Now)));
        }
    }
}
