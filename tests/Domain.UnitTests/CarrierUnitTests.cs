using InvestPromo.Domain.Common;
using InvestPromo.Domain.Organisation;

namespace InvestPromo.Domain.UnitTests;

public sealed class CarrierUnitTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.Parse("0195a3c4-0000-7000-8000-000000000001");

    private static CarrierUnit County(string code = "430702", string name = "武陵区") =>
        CarrierUnit.Create(code, name, UnitKind.County, null, Admin, Now);

    private static CarrierUnit Center() => CarrierUnit.Create("CENTER", "常德市投资促进中心", UnitKind.Center, null, Admin, Now);

    [Fact]
    public void Creating_a_unit_keeps_its_values_and_stamps_who_and_when()
    {
        var unit = CarrierUnit.Create("CDETDZ", "常德经济技术开发区", UnitKind.Park, "国家级经开区", Admin, Now);

        Assert.Equal("CDETDZ", unit.Code);
        Assert.Equal("常德经济技术开发区", unit.Name);
        Assert.Equal(UnitKind.Park, unit.Kind);
        Assert.Equal("国家级经开区", unit.Description);
        Assert.Equal(Admin, unit.CreatedBy);
        Assert.Equal(Now, unit.CreatedAt);
        Assert.False(unit.IsDeleted);
        Assert.Null(unit.DeletedAt);
        Assert.Equal(0, unit.Version);
        Assert.NotEqual(Guid.Empty, unit.Id);
    }

    [Theory]
    [InlineData("cdetdz", "CDETDZ")]
    [InlineData("  cdHtz \t", "CDHTZ")]
    [InlineData("430702", "430702")]
    public void The_code_is_trimmed_and_upper_cased(string given, string stored) =>
        Assert.Equal(stored, CarrierUnit.Create(given, "园区", UnitKind.Park, null, null, Now).Code);

    [Fact]
    public void NormaliseCode_gives_the_same_code_Create_stores() =>
        Assert.Equal(CarrierUnit.Create(" lyhtr ", "柳叶湖", UnitKind.Park, null, null, Now).Code, CarrierUnit.NormaliseCode(" lyhtr "));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_unit_without_a_code_is_refused(string? code)
    {
        var error = Assert.Throws<DomainRuleException>(() => CarrierUnit.Create(code!, "武陵区", UnitKind.County, null, null, Now));
        Assert.Equal("unit.code-invalid", error.Code);
    }

    [Fact]
    public void A_code_longer_than_the_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        var atLimit = new string('A', CarrierUnit.CodeMaxLength);
        Assert.Equal(atLimit, CarrierUnit.Create(atLimit, "园区", UnitKind.Park, null, null, Now).Code);

        var error = Assert.Throws<DomainRuleException>(() => CarrierUnit.Create(atLimit + "B", "园区", UnitKind.Park, null, null, Now));
        Assert.Equal("unit.code-invalid", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_unit_without_a_name_is_refused(string? name)
    {
        var error = Assert.Throws<DomainRuleException>(() => CarrierUnit.Create("430702", name!, UnitKind.County, null, null, Now));
        Assert.Equal("unit.name-invalid", error.Code);
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        var atLimit = new string('区', CarrierUnit.NameMaxLength);
        Assert.Equal(atLimit, CarrierUnit.Create("X1", atLimit, UnitKind.County, null, null, Now).Name);

        var error = Assert.Throws<DomainRuleException>(() => CarrierUnit.Create("X1", atLimit + "区", UnitKind.County, null, null, Now));
        Assert.Equal("unit.name-invalid", error.Code);
    }

    [Fact]
    public void The_name_is_trimmed_before_its_length_is_checked()
    {
        var name = "  " + new string('区', CarrierUnit.NameMaxLength) + "  ";
        Assert.Equal(name.Trim(), CarrierUnit.Create("X1", name, UnitKind.County, null, null, Now).Name);
    }

    [Fact]
    public void A_blank_description_is_stored_as_none()
    {
        Assert.Null(CarrierUnit.Create("X1", "区", UnitKind.County, "   ", null, Now).Description);
    }

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => CarrierUnit.Create("X1", "区", UnitKind.County, new string('说', CarrierUnit.DescriptionMaxLength + 1), null, Now));
        Assert.Equal("unit.description-invalid", error.Code);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => CarrierUnit.Create("X1", "区", (UnitKind)99, null, null, Now));
        Assert.Equal("unit.kind-invalid", error.Code);
    }

    [Fact]
    public void Updating_changes_name_kind_and_description_but_not_the_code()
    {
        var unit = County();

        unit.Update("  新武陵区 ", UnitKind.Park, "改为园区");

        Assert.Equal("新武陵区", unit.Name);
        Assert.Equal(UnitKind.Park, unit.Kind);
        Assert.Equal("改为园区", unit.Description);
        Assert.Equal("430702", unit.Code);
    }

    [Theory]
    [InlineData(UnitKind.County)]
    [InlineData(UnitKind.Park)]
    public void The_centers_kind_cannot_change(UnitKind kind)
    {
        var center = Center();

        var error = Assert.Throws<DomainRuleException>(() => center.Update("中心", kind, null));

        Assert.Equal("unit.center-kind-fixed", error.Code);
        Assert.Equal(UnitKind.Center, center.Kind);
        Assert.Equal("常德市投资促进中心", center.Name);
    }

    [Fact]
    public void The_center_may_be_renamed_while_it_stays_the_center()
    {
        var center = Center();

        center.Update("常德市投资促进事务中心", UnitKind.Center, null);

        Assert.Equal("常德市投资促进事务中心", center.Name);
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var unit = CarrierUnit.Create("430702", "武陵区", UnitKind.County, "原说明", null, Now);

        Assert.Throws<DomainRuleException>(() => unit.Update("新名称", UnitKind.Park, new string('说', CarrierUnit.DescriptionMaxLength + 1)));

        Assert.Equal("武陵区", unit.Name);
        Assert.Equal(UnitKind.County, unit.Kind);
        Assert.Equal("原说明", unit.Description);
    }

    [Fact]
    public void Deleting_the_center_is_refused()
    {
        var center = Center();

        var error = Assert.Throws<DomainRuleException>(() => center.Delete(hasActiveUsers: false, Admin, Now));

        Assert.Equal("unit.center-cannot-be-deleted", error.Code);
        Assert.False(center.IsDeleted);
    }

    [Fact]
    public void Deleting_a_unit_with_active_users_is_refused()
    {
        var unit = County();

        var error = Assert.Throws<DomainRuleException>(() => unit.Delete(hasActiveUsers: true, Admin, Now));

        Assert.Equal("unit.has-users", error.Code);
        Assert.False(unit.IsDeleted);
        Assert.Null(unit.DeletedAt);
    }

    [Fact]
    public void Deleting_a_unit_marks_it_deleted_with_who_and_when()
    {
        var unit = County();
        var later = Now.AddDays(3);

        unit.Delete(hasActiveUsers: false, Admin, later);

        Assert.True(unit.IsDeleted);
        Assert.Equal(later, unit.DeletedAt);
        Assert.Equal(Admin, unit.DeletedBy);
    }

    [Fact]
    public void Deleting_a_unit_twice_is_refused_and_keeps_the_first_deletion()
    {
        var unit = County();
        unit.Delete(false, Admin, Now);

        var error = Assert.Throws<DomainRuleException>(() => unit.Delete(false, Guid.NewGuid(), Now.AddHours(1)));

        Assert.Equal("entity.already-deleted", error.Code);
        Assert.Equal(Now, unit.DeletedAt);
        Assert.Equal(Admin, unit.DeletedBy);
    }

    [Fact]
    public void New_units_get_distinct_version_7_ids()
    {
        var a = County("A");
        var b = County("B");

        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(7, a.Id.Version);
    }

    [Fact]
    public void A_new_unit_has_no_domain_events() => Assert.Empty(County().DomainEvents);
}
