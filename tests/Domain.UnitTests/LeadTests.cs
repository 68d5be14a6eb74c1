using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Leads;

namespace InvestPromo.Domain.UnitTests;

/// <summary>A lead's assessment (issue 14 item 4): 待研判 → 研判中 → 交办 / 已合并 / 搁置.</summary>
public sealed class LeadTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly LeadRecorder Center = new(Guid.NewGuid(), "reviewer", null, null);

    private static Lead NewLead(string company = "某某科技有限公司") =>
        Lead.Record(company, null, 300_000_000m, "440000", "已掌握情况", LeadSourceKind.Center, null, Center, Now);

    private static Association NewAssociation(AssociationStatus status = AssociationStatus.Established)
    {
        var association = Association.Create("北京常德商会", AssociationKind.HometownChamberElsewhere, null, Now);
        typeof(Association).GetProperty(nameof(Association.Status))!.SetValue(association, status);
        return association;
    }

    private static string Code(Action act) => Assert.Throws<DomainRuleException>(act).Code;

    [Fact]
    public void A_new_lead_is_recorded_and_awaits_assessment()
    {
        var lead = NewLead();
        Assert.Equal(LeadStatus.Recorded, lead.Status);
        Assert.Equal(30_000_000_000L, lead.IntendedInvestmentFen);
        Assert.True(lead.IsOpen);
    }

    [Fact]
    public void A_source_other_than_the_center_is_named_by_id_and_the_center_by_none()
    {
        Assert.Equal("lead.source-invalid", Code(() => Lead.Record("甲", null, null, null, null, LeadSourceKind.Association, null, Center, Now)));
        Assert.Equal("lead.source-invalid", Code(() => Lead.Record("甲", null, null, null, null, LeadSourceKind.Center, Guid.NewGuid(), Center, Now)));
        Assert.Equal("lead.amount-invalid", Code(() => Lead.Record("甲", null, 1.001m, null, null, LeadSourceKind.Center, null, Center, Now)));
    }

    [Fact]
    public void Asking_an_opinion_puts_the_lead_under_assessment_and_raises_the_notice()
    {
        var lead = NewLead();
        var association = NewAssociation();
        var request = lead.RequestOpinion(association, "请了解情况", Guid.NewGuid(), "reviewer", Now);

        Assert.Equal(LeadStatus.UnderAssessment, lead.Status);
        Assert.Equal(association.Id, request.AssociationId);
        Assert.Contains(lead.DomainEvents, e => e is LeadOpinionRequested r && r.AssociationId == association.Id);
    }

    [Fact]
    public void A_dissolved_association_is_not_asked()
    {
        var lead = NewLead();
        Assert.Equal("association.dissolved", Code(() => lead.RequestOpinion(NewAssociation(AssociationStatus.Dissolved), "问", null, "reviewer", Now)));
        Assert.Equal(LeadStatus.Recorded, lead.Status);
    }

    [Fact]
    public void An_opinion_is_answered_once()
    {
        var request = NewLead().RequestOpinion(NewAssociation(), "问", null, "reviewer", Now);
        request.Give("答", null, "association", Now);
        Assert.Equal("lead.opinion-answered", Code(() => request.Give("再答", null, "association", Now)));
        Assert.Equal("答", request.Answer);
    }

    [Fact]
    public void Assigning_records_the_unit_and_raises_the_notice()
    {
        var lead = NewLead();
        var unit = Guid.NewGuid();
        lead.AssignTo(unit, "请对接", null, "reviewer", Now);

        Assert.Equal(LeadStatus.Assigned, lead.Status);
        Assert.Equal(unit, lead.AssignedUnitId);
        Assert.Contains(lead.DomainEvents, e => e is LeadAssigned a && a.UnitId == unit);
    }

    [Theory]
    [InlineData(LeadStatus.Assigned)]
    [InlineData(LeadStatus.Merged)]
    [InlineData(LeadStatus.Shelved)]
    public void A_decided_lead_can_be_neither_asked_nor_decided_again(LeadStatus decided)
    {
        var lead = NewLead();
        switch (decided)
        {
            case LeadStatus.Assigned: lead.AssignTo(Guid.NewGuid(), null, null, "reviewer", Now); break;
            case LeadStatus.Merged: lead.MergeInto(NewLead("乙"), null, null, "reviewer", Now); break;
            default: lead.Shelve("暂缓", null, "reviewer", Now); break;
        }

        Assert.Equal("lead.status-invalid", Code(() => lead.RequestOpinion(NewAssociation(), "问", null, "reviewer", Now)));
        Assert.Equal("lead.status-invalid", Code(() => lead.AssignTo(Guid.NewGuid(), null, null, "reviewer", Now)));
        Assert.Equal("lead.status-invalid", Code(() => lead.MergeInto(NewLead("丙"), null, null, "reviewer", Now)));
        Assert.Equal("lead.status-invalid", Code(() => lead.Shelve("再搁置", null, "reviewer", Now)));
    }

    [Fact]
    public void A_lead_merges_neither_into_itself_nor_into_a_merged_lead()
    {
        var lead = NewLead();
        Assert.Equal("lead.merge-invalid", Code(() => lead.MergeInto(lead, null, null, "reviewer", Now)));

        var merged = NewLead("乙");
        merged.MergeInto(NewLead("丙"), null, null, "reviewer", Now);
        Assert.Equal("lead.merge-invalid", Code(() => lead.MergeInto(merged, null, null, "reviewer", Now)));

        var target = NewLead("丁");
        lead.MergeInto(target, "同一投资", null, "reviewer", Now);
        Assert.Equal(LeadStatus.Merged, lead.Status);
        Assert.Equal(target.Id, lead.MergedIntoId);
    }

    [Fact]
    public void Shelving_needs_a_reason()
    {
        Assert.Equal("lead.text-invalid", Code(() => NewLead().Shelve(" ", null, "reviewer", Now)));
    }
}
