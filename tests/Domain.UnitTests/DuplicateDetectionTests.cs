using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class DuplicateDetectionTests
{
    [Theory]
    [InlineData("常德 新能源汽车零部件项目（一期）", "常德新能源汽车零部件 项目")]
    [InlineData("ABC有限公司", "abc")]
    [InlineData("ＡＢＣ智能装备", "abc智能装备")]
    [InlineData("湖南某某科技股份有限公司", "湖南某某科技有限责任公司")]
    [InlineData("智能装备产业园·二期工程建设", "智能装备产业园")]
    [InlineData("“绿色”食品-加工、基地！", "绿色食品加工基地")]
    [InlineData("华为集团 ＋ 鸿蒙 生态园", "华为鸿蒙生态园")]
    public void Names_that_differ_only_in_spacing_punctuation_width_case_or_common_words_normalise_equal(string a, string b)
    {
        Assert.Equal(ProjectNameNormaliser.Normalise(b), ProjectNameNormaliser.Normalise(a));
        Assert.NotNull(ProjectNameNormaliser.Normalise(a));
    }

    [Fact]
    public void The_key_is_what_is_left()
    {
        Assert.Equal("常德新能源汽车零部件", ProjectNameNormaliser.Normalise("常德 新能源汽车零部件项目（一期）"));
        Assert.Equal("abc", ProjectNameNormaliser.Normalise("ABC有限公司"));
        Assert.Equal("a1b2", ProjectNameNormaliser.Normalise(" Ａ１ｂ２ "));
    }

    [Theory]
    [InlineData("智能装备产业园", "智能装备产业城")]
    [InlineData("常德新能源汽车零部件", "岳阳新能源汽车零部件")]
    [InlineData("三期工程", "四期工程")]
    public void Different_projects_stay_different(string a, string b) =>
        Assert.NotEqual(ProjectNameNormaliser.Normalise(a), ProjectNameNormaliser.Normalise(b));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("项目（一期）")]
    [InlineData("——建设工程——")]
    public void A_name_of_nothing_but_noise_has_no_key(string? name) => Assert.Null(ProjectNameNormaliser.Normalise(name));

    [Theory]
    [InlineData(100_000L, 120_000L, true)]
    [InlineData(100_000L, 100_000L, true)]
    [InlineData(100_000L, 83_334L, true)]
    [InlineData(100_000L, 83_333L, false)]
    [InlineData(100_000L, 120_001L, false)]
    [InlineData(100_000L, 125_000L, false)]
    [InlineData(100_000L, 80_000L, false)]
    [InlineData(0L, 0L, true)]
    [InlineData(0L, 1L, false)]
    public void Amounts_are_close_when_each_is_within_20_percent_of_the_other_whichever_side_asks(long thisFen, long otherFen, bool close)
    {
        Assert.Equal(close, DuplicateRules.AmountsClose(thisFen, otherFen));
        Assert.Equal(close, DuplicateRules.AmountsClose(otherFen, thisFen));
    }

    [Fact]
    public void The_amount_window_rounds_inwards_and_does_not_overflow_at_the_largest_amount()
    {
        Assert.Equal((9L, 12L), DuplicateRules.AmountWindow(10)); // 8.33 → 9
        Assert.Equal((10L, 13L), DuplicateRules.AmountWindow(11)); // 9.17 → 10, 13.2 → 13
        Assert.Equal((100L, 144L), DuplicateRules.AmountWindow(120));
        var largest = Money.FromYuan(Money.MaxYuan).Fen;
        var (min, max) = DuplicateRules.AmountWindow(largest);
        Assert.True(min < largest && max > largest);
    }

    [Fact]
    public void A_filing_keeps_its_normalised_names_in_step_with_its_names()
    {
        var filing = Filing.CreateDraft(Guid.NewGuid(), FilingTests.Complete with { ProjectName = "智能装备产业园（一期）项目" }, new FilingActor(null, "filer"), DateTimeOffset.UnixEpoch);
        Assert.Equal("智能装备产业园", filing.NormalisedProjectName);
        Assert.Equal("湖南某某科技", filing.NormalisedInvestorName);

        filing.EditDraft(FilingTests.Complete with { ProjectName = "Smart 装备园", InvestorName = null }, new FilingActor(null, "filer"), DateTimeOffset.UnixEpoch, FilingTests.Describe);
        Assert.Equal("smart装备园", filing.NormalisedProjectName);
        Assert.Null(filing.NormalisedInvestorName);
    }

    [Fact]
    public void A_dismissal_stores_the_pair_smaller_id_first_whichever_way_it_is_given()
    {
        var a = Guid.Parse("0195a3c4-0000-7000-8000-000000000001");
        var b = Guid.Parse("0195a3c4-0000-7000-8000-000000000002");

        var one = DuplicateDismissal.Dismiss(b, a, null, DateTimeOffset.UnixEpoch, "  不同地块  ");
        var two = DuplicateDismissal.Dismiss(a, b, null, DateTimeOffset.UnixEpoch, " ");

        Assert.Equal((a, b), (one.FilingId, one.OtherFilingId));
        Assert.Equal((a, b), (two.FilingId, two.OtherFilingId));
        Assert.Equal("不同地块", one.Reason);
        Assert.Null(two.Reason);
        Assert.Equal("duplicate.not-suspected", Assert.Throws<DomainRuleException>(() => DuplicateDismissal.Dismiss(a, a, null, DateTimeOffset.UnixEpoch, null)).Code);
    }
}
