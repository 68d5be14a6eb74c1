using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Infrastructure.Persistence.Seeding;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The data shipped with the product is well formed.</summary>
public sealed class ReferenceDataTests
{
    [Fact]
    public void There_are_34_province_level_divisions_with_unique_well_formed_codes()
    {
        var codes = ReferenceData.Provinces.Select(p => p.Code).ToList();

        Assert.Equal(34, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(SourceRegion.IsWellFormed(c, SourceRegionKind.Province), c));
    }

    [Fact]
    public void Countries_have_unique_well_formed_codes()
    {
        var codes = ReferenceData.Countries.Select(c => c.Code).ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(SourceRegion.IsWellFormed(c, SourceRegionKind.Country), c));
    }

    [Fact]
    public void Every_region_has_both_names()
    {
        Assert.All(ReferenceData.Provinces.Concat(ReferenceData.Countries), r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Name), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.NameEn), r.Code);
        });
    }

    [Fact]
    public void Every_region_can_be_created_and_each_kind_is_numbered_from_one()
    {
        var regions = ReferenceData.Regions().ToList();

        Assert.Equal(ReferenceData.Provinces.Count + ReferenceData.Countries.Count, regions.Count);
        Assert.Equal(Enumerable.Range(1, ReferenceData.Provinces.Count), regions.Where(r => r.Kind == SourceRegionKind.Province).Select(r => r.SortOrder));
        Assert.Equal(Enumerable.Range(1, ReferenceData.Countries.Count), regions.Where(r => r.Kind == SourceRegionKind.Country).Select(r => r.SortOrder));
    }

    [Fact]
    public void Industry_chain_codes_are_unique_and_fit_the_model()
    {
        var codes = DemoData.IndustryChains.Select(c => c.Code).ToList();

        Assert.True(codes.Count >= 10);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DemoData.IndustryChains, c =>
        {
            Assert.Equal(c.Code, IndustryChain.Create(c.Code, c.Name, c.NameEn, c.Group, 0, null, DateTimeOffset.UnixEpoch).Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });
    }

    [Fact]
    public void Demo_units_have_unique_normalised_codes_and_one_center()
    {
        Assert.Equal(DemoData.Units.Count, DemoData.Units.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DemoData.Units, u => Assert.Equal(u.Code, CarrierUnit.NormaliseCode(u.Code)));
        Assert.Single(DemoData.Units, u => u.Kind == UnitKind.Center);
    }

    [Fact]
    public void Every_demo_user_with_a_unit_names_a_demo_unit_and_every_filer_has_one()
    {
        var unitCodes = DemoData.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(DemoData.Users.Where(u => u.UnitCode is not null), u => Assert.Contains(u.UnitCode!, unitCodes));
        Assert.All(DemoData.Users.Where(u => u.Role == "Filer"), u => Assert.NotNull(u.UnitCode));
        Assert.Contains(DemoData.Users, u => u.Role == "Filer");
    }

    [Fact]
    public void There_is_one_demo_user_per_role_except_a_second_filer()
    {
        Assert.Equal(
            InvestPromo.Application.Common.Security.Roles.UserRoles.Order(StringComparer.Ordinal),
            DemoData.Users.Select(u => u.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Equal(DemoData.Users.Count, DemoData.Users.Select(u => u.UserName).Distinct(StringComparer.Ordinal).Count());
    }
}
