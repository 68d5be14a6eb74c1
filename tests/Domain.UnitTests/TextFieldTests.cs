using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Domain.Security;

namespace InvestPromo.Domain.UnitTests;

/// <summary>Issue 9 item 7: every entity's text input goes through <see cref="Guard"/>: one-line fields refuse controls and bidi overrides, multi-line fields keep line breaks.</summary>
public sealed class TextFieldTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");
    private const string Rlo = "\u202e";

    private static string Code(Action act) => Assert.Throws<DomainRuleException>(act).Code;

    private static Filing UnderReview()
    {
        var filing = Filing.CreateDraft(Guid.CreateVersion7(), FilingTests.Complete, Filer, Now);
        filing.Submit(Now, new DateOnly(2026, 11, 25), Now.AddDays(5), Filer);
        return filing;
    }

    [Theory]
    [InlineData("\u202eevil")]
    [InlineData("智能\t装备")]
    [InlineData("智能\n装备")]
    [InlineData("智能\u0085装备")]
    [InlineData("智能\u2069装备")]
    public void A_filings_one_line_fields_refuse_controls_and_bidi_overrides(string bad)
    {
        var complete = FilingTests.Complete;
        Assert.Equal("filing.field-invalid", Code(() => (complete with { ProjectName = bad }).Normalised()));
        Assert.Equal("filing.field-invalid", Code(() => (complete with { InvestorName = bad }).Normalised()));
        Assert.Equal("filing.field-invalid", Code(() => (complete with { RecommenderName = bad }).Normalised()));
        Assert.Equal("filing.field-invalid", Code(() => (complete with { RecommenderContact = bad }).Normalised()));
        Assert.Equal("filing.field-invalid", Code(() => (complete with { ContactName = bad }).Normalised()));
        Assert.Equal("filing.field-invalid", Code(() => Filing.CreateDraft(Guid.CreateVersion7(), complete with { ProjectName = bad }, Filer, Now)));
    }

    [Fact]
    public void A_filings_construction_content_keeps_line_breaks_and_refuses_the_rest()
    {
        var complete = FilingTests.Complete;
        Assert.Equal("一期厂房\r\n二期研发中心\n三期配套", (complete with { ConstructionContent = "一期厂房\r\n二期研发中心\n三期配套" }).Normalised().ConstructionContent);
        Assert.Equal("filing.field-invalid", Code(() => (complete with { ConstructionContent = "一期\t厂房" }).Normalised()));
        Assert.Equal("filing.field-invalid", Code(() => (complete with { ConstructionContent = "一期\n" + Rlo + "厂房" }).Normalised()));
    }

    [Fact]
    public void A_return_reason_on_several_lines_is_kept_as_written()
    {
        var filing = UnderReview();

        filing.Return(Reviewer, Now.AddHours(1), "1. 名称有误\r\n2. 金额有误\n3. 补充附件");

        Assert.Equal("1. 名称有误\r\n2. 金额有误\n3. 补充附件", filing.ReturnReason);
        Assert.Equal("1. 名称有误\r\n2. 金额有误\n3. 补充附件", filing.History[^1].Reason);
    }

    [Theory]
    [InlineData("名称有误\u202e")]
    [InlineData("名称\t有误")]
    [InlineData("名称\r有误")]
    [InlineData("名称\u0007有误")]
    public void A_reason_with_another_control_or_a_bidi_override_is_refused_and_nothing_changes(string reason)
    {
        var filing = UnderReview();

        Assert.Equal("filing.reason-invalid", Code(() => filing.Return(Reviewer, Now.AddHours(1), reason)));
        Assert.Equal(FilingStatus.UnderReview, filing.Status);
        Assert.Equal("filing.reason-invalid", Code(() => Filing.CheckedReason(reason)));
        Assert.Equal("filing.reason-invalid", Code(() => DuplicateDismissal.Dismiss(Guid.CreateVersion7(), Guid.CreateVersion7(), null, Now, reason)));
    }

    [Fact]
    public void Reason_limits_keep_their_codes()
    {
        Assert.Equal("filing.reason-required", Code(() => Filing.CheckedReason(" \r\n")));
        Assert.Equal("filing.reason-too-long", Code(() => Filing.CheckedReason(new string('因', Filing.ReasonMaxLength + 1))));
        Assert.Equal(Filing.ReasonMaxLength, Filing.CheckedReason(new string('因', Filing.ReasonMaxLength)).Length);
        Assert.Null(Filing.OptionalReason("  "));
        Assert.Equal("a\nb", DuplicateDismissal.Dismiss(Guid.CreateVersion7(), Guid.CreateVersion7(), null, Now, " a\nb ").Reason);
    }

    [Fact]
    public void A_unit_refuses_a_bidi_name_and_keeps_a_description_on_several_lines()
    {
        Assert.Equal("unit.name-invalid", Code(() => CarrierUnit.Create("P1", Rlo + "园区", UnitKind.Park, null, null, Now)));
        Assert.Equal("unit.code-invalid", Code(() => CarrierUnit.Create("P\t1", "园区", UnitKind.Park, null, null, Now)));
        Assert.Equal("unit.description-invalid", Code(() => CarrierUnit.Create("P1", "园区", UnitKind.Park, "说明\u0000", null, Now)));
        var unit = CarrierUnit.Create("P1", "园区", UnitKind.Park, "第一行\r\n第二行", null, Now);
        Assert.Equal("第一行\r\n第二行", unit.Description);
        Assert.Equal("unit.name-invalid", Code(() => unit.Update("园\u2066区", UnitKind.Park, null)));
    }

    [Fact]
    public void Chains_associations_and_api_keys_refuse_controls_and_bidi_overrides()
    {
        Assert.Equal("industry-chain.name-invalid", Code(() => IndustryChain.Create("C1", Rlo + "链", null, null, 1, null, Now)));
        Assert.Equal("industry-chain.name-invalid", Code(() => IndustryChain.Create("C1", "链", "cha\u0085in", null, 1, null, Now)));
        Assert.Equal("industry-chain.group-invalid", Code(() => IndustryChain.Create("C1", "链", null, "集\n群", 1, null, Now)));
        Assert.Equal("association.name-invalid", Code(() => Association.Create("商会" + Rlo, AssociationKind.AlumniAssociation, null, Now)));
        Assert.Equal("api-key.name-invalid", Code(() => ApiKey.Issue("key\t1", ApiKeyScope.ReadOnly, "ipk_abcd", new string('a', 64), null, null, null, Now)));
        var key = ApiKey.Issue("key", ApiKeyScope.ReadOnly, "ipk_abcd", new string('a', 64), null, null, null, Now);
        Assert.Equal("api-key.reason-invalid", Code(() => key.Revoke("泄露" + Rlo, null, Now)));
        key.Revoke("泄露\r\n已更换", null, Now);
        Assert.Equal("泄露\r\n已更换", key.RevokedReason);
    }
}
