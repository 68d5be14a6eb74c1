using InvestPromo.Domain.Common;
using InvestPromo.Domain.People;

namespace InvestPromo.Domain.UnitTests;

public sealed class PeopleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Chain = Guid.Parse("0195a3c4-0000-7000-8000-0000000000c1");

    private static AmbassadorDetails Details => new("13800000001", "chen@example.com", "深圳远航新能源科技有限公司", "董事长", "440300", Chain, null, new DateOnly(2026, 3, 18), "首批");

    [Fact]
    public void A_certificate_number_taken_in_the_year_is_refused_whatever_its_case_and_spaces()
    {
        var error = Assert.Throws<DomainRuleException>(() => Ambassador.EnsureCertificateFree(" cd-zsds-2026-001 ", ["CD-ZSDS-2026-001"]));

        Assert.Equal("ambassador.certificate-exists", error.Code);
        Assert.Equal(DomainRuleKind.Conflict, error.Kind);
    }

    [Fact]
    public void A_certificate_number_free_in_the_year_is_accepted()
    {
        Ambassador.EnsureCertificateFree("CD-ZSDS-2026-002", ["CD-ZSDS-2026-001"]);
        Ambassador.EnsureCertificateFree("CD-ZSDS-2026-001", []);
    }

    [Fact]
    public void Reappointing_makes_a_new_appointment_for_the_next_year_with_the_same_person_and_a_new_number()
    {
        var ambassador = Ambassador.Appoint(2026, "陈志远", "CD-ZSDS-2026-001", Details, null, Now);

        var next = ambassador.Reappoint("CD-ZSDS-2027-001", null, null, Now);

        Assert.NotEqual(ambassador.Id, next.Id);
        Assert.Equal(2027, next.Year);
        Assert.Equal("CD-ZSDS-2027-001", next.CertificateNumber);
        Assert.Equal(("陈志远", "深圳远航新能源科技有限公司", "440300", Chain), (next.Name, next.Organisation, next.CityRegionCode, next.IndustryChainId));
        Assert.Equal(new DateOnly(2027, 3, 18), next.AppointedOn);
        Assert.Equal((2026, "CD-ZSDS-2026-001"), (ambassador.Year, ambassador.CertificateNumber));
    }

    [Fact]
    public void A_deleted_appointment_is_neither_edited_nor_reappointed()
    {
        var ambassador = Ambassador.Appoint(2026, "陈志远", "CD-ZSDS-2026-001", Details, null, Now);
        ambassador.Delete(null, Now);

        Assert.Equal("entity.already-deleted", Assert.Throws<DomainRuleException>(() => ambassador.Reappoint("CD-ZSDS-2027-001", null, null, Now)).Code);
        Assert.Equal("entity.already-deleted", Assert.Throws<DomainRuleException>(() => ambassador.Edit("陈志远", "X", Details)).Code);
    }

    [Fact]
    public void Reappointing_past_the_last_year_is_refused()
    {
        var ambassador = Ambassador.Appoint(2100, "陈志远", "CD-ZSDS-2100-001", Details, null, Now);

        Assert.Equal("ambassador.year-invalid", Assert.Throws<DomainRuleException>(() => ambassador.Reappoint("N", null, null, Now)).Code);
    }

    [Fact]
    public void A_natives_tags_are_trimmed_and_deduplicated_and_stored_so_one_tag_is_found_exactly()
    {
        var native = NotableNative.Create("罗建华", new NotableNativeDetails(null, null, null, null, "110000", null, true, [" 上市公司 ", "返乡意向", "上市公司", ""], null, null), null, Now);

        Assert.Equal(["上市公司", "返乡意向"], native.Tags);
        Assert.Equal("|上市公司|返乡意向|", native.TagsText);
        Assert.Contains(NotableNative.TagPattern("返乡意向"), native.TagsText, StringComparison.Ordinal);
        Assert.DoesNotContain(NotableNative.TagPattern("返乡"), native.TagsText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a|b")]
    [InlineData("一二三四五六七八九十一二三四五六七")]
    public void A_bad_tag_is_refused(string tag)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            NotableNative.Create("罗建华", new NotableNativeDetails(null, null, null, null, null, null, false, [tag], null, null), null, Now));

        Assert.Equal("native.tags-invalid", error.Code);
    }

    [Theory]
    [InlineData("440000", "440300", true)]
    [InlineData("440000", "440304", true)]
    [InlineData("440300", "440304", true)]
    [InlineData("440300", "440100", false)]
    [InlineData("440000", "430100", false)]
    [InlineData("110000", "110105", true)]
    [InlineData("DE", "DE", true)]
    [InlineData("DE", "DK", false)]
    public void A_province_covers_its_cities_and_a_city_its_districts(string area, string code, bool covered)
    {
        Assert.Equal(covered, RegionArea.Covers(area, code));
    }
}
