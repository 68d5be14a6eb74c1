using InvestPromo.Domain.Common;
using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Domain.UnitTests;

public sealed class IndustryChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.Parse("0195a3c4-0000-7000-8000-000000000001");

    [Fact]
    public void Creating_a_chain_normalises_the_code_and_makes_it_active()
    {
        var chain = IndustryChain.Create(" nev ", " 新能源汽车及零部件 ", " New-energy vehicles ", " 先进制造业集群 ", 20, Admin, Now);

        Assert.Equal("NEV", chain.Code);
        Assert.Equal("新能源汽车及零部件", chain.Name);
        Assert.Equal("New-energy vehicles", chain.NameEn);
        Assert.Equal("先进制造业集群", chain.Group);
        Assert.Equal(20, chain.SortOrder);
        Assert.True(chain.IsActive);
        Assert.Equal(Admin, chain.CreatedBy);
        Assert.Equal(Now, chain.CreatedAt);
        Assert.False(chain.IsDeleted);
    }

    [Fact]
    public void The_english_name_and_the_group_are_optional()
    {
        var chain = IndustryChain.Create("BIO", "生物医药", "  ", null, 0, null, Now);

        Assert.Null(chain.NameEn);
        Assert.Null(chain.Group);
    }

    [Theory]
    [InlineData("", "生物医药", "industry-chain.code-invalid")]
    [InlineData("BIO", " ", "industry-chain.name-invalid")]
    public void A_chain_without_a_code_or_a_name_is_refused(string code, string name, string expectedCode)
    {
        var error = Assert.Throws<DomainRuleException>(() => IndustryChain.Create(code, name, null, null, 0, null, Now));
        Assert.Equal(expectedCode, error.Code);
    }

    [Fact]
    public void Values_longer_than_their_limits_are_refused()
    {
        Assert.Equal("industry-chain.code-invalid", Assert.Throws<DomainRuleException>(
            () => IndustryChain.Create(new string('C', IndustryChain.CodeMaxLength + 1), "链", null, null, 0, null, Now)).Code);
        Assert.Equal("industry-chain.name-invalid", Assert.Throws<DomainRuleException>(
            () => IndustryChain.Create("C", new string('链', IndustryChain.NameMaxLength + 1), null, null, 0, null, Now)).Code);
        Assert.Equal("industry-chain.name-invalid", Assert.Throws<DomainRuleException>(
            () => IndustryChain.Create("C", "链", new string('e', IndustryChain.NameMaxLength + 1), null, 0, null, Now)).Code);
        Assert.Equal("industry-chain.group-invalid", Assert.Throws<DomainRuleException>(
            () => IndustryChain.Create("C", "链", null, new string('群', IndustryChain.GroupMaxLength + 1), 0, null, Now)).Code);
    }

    [Fact]
    public void Updating_changes_everything_but_the_code()
    {
        var chain = IndustryChain.Create("BIO", "生物医药", "Biomedicine", "战略性新兴产业集群", 50, null, Now);

        chain.Update("生物医药与大健康", null, "现代服务业集群", 60);

        Assert.Equal("BIO", chain.Code);
        Assert.Equal("生物医药与大健康", chain.Name);
        Assert.Null(chain.NameEn);
        Assert.Equal("现代服务业集群", chain.Group);
        Assert.Equal(60, chain.SortOrder);
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var chain = IndustryChain.Create("BIO", "生物医药", "Biomedicine", "战略性新兴产业集群", 50, null, Now);

        Assert.Throws<DomainRuleException>(() => chain.Update("新名称", "New", new string('群', IndustryChain.GroupMaxLength + 1), 1));

        Assert.Equal("生物医药", chain.Name);
        Assert.Equal("Biomedicine", chain.NameEn);
        Assert.Equal("战略性新兴产业集群", chain.Group);
        Assert.Equal(50, chain.SortOrder);
    }

    [Fact]
    public void A_chain_can_be_deactivated_and_reactivated()
    {
        var chain = IndustryChain.Create("BIO", "生物医药", null, null, 0, null, Now);

        chain.SetActive(false);
        Assert.False(chain.IsActive);

        chain.SetActive(true);
        Assert.True(chain.IsActive);
    }
}
