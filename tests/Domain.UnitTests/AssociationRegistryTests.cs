using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.UnitTests;

public sealed class AssociationRegistryTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static Association Preparatory()
    {
        var association = Association.Create("上海常德商会", AssociationKind.HometownChamberElsewhere, null, Now);
        association.StartAs(AssociationStatus.Preparatory);
        return association;
    }

    [Fact]
    public void A_preparatory_association_is_established_then_dissolved()
    {
        var association = Preparatory();
        association.ChangeStatus(AssociationStatus.Established);
        Assert.Equal(AssociationStatus.Established, association.Status);
        association.ChangeStatus(AssociationStatus.Dissolved);
        Assert.Equal(AssociationStatus.Dissolved, association.Status);
    }

    [Fact]
    public void A_preparatory_association_may_be_dissolved_directly()
    {
        var association = Preparatory();
        association.ChangeStatus(AssociationStatus.Dissolved);
        Assert.Equal(AssociationStatus.Dissolved, association.Status);
    }

    [Theory]
    [InlineData(AssociationStatus.Established, AssociationStatus.Preparatory)]
    [InlineData(AssociationStatus.Established, AssociationStatus.Established)]
    [InlineData(AssociationStatus.Dissolved, AssociationStatus.Established)]
    [InlineData(AssociationStatus.Dissolved, AssociationStatus.Preparatory)]
    [InlineData(AssociationStatus.Dissolved, AssociationStatus.Dissolved)]
    [InlineData(AssociationStatus.Preparatory, AssociationStatus.Preparatory)]
    public void Other_status_changes_are_refused(AssociationStatus from, AssociationStatus to)
    {
        var association = Preparatory();
        if (from != AssociationStatus.Preparatory)
        {
            association.ChangeStatus(from);
        }

        var error = Assert.Throws<DomainRuleException>(() => association.ChangeStatus(to));
        Assert.Equal("association.status-change-invalid", error.Code);
        Assert.Equal(from, association.Status);
    }

    [Fact]
    public void A_new_association_cannot_start_dissolved()
    {
        var association = Association.Create("广州常德商会", AssociationKind.HometownChamberElsewhere, null, Now);
        Assert.Equal("association.status-change-invalid", Assert.Throws<DomainRuleException>(() => association.StartAs(AssociationStatus.Dissolved)).Code);
    }

    [Fact]
    public void A_dissolved_association_takes_nothing_new()
    {
        var association = Preparatory();
        association.ChangeStatus(AssociationStatus.Dissolved);
        Assert.Equal("association.dissolved", Assert.Throws<DomainRuleException>(association.EnsureNotDissolved).Code);
    }

    [Fact]
    public void One_rating_per_level_and_year()
    {
        var id = Guid.NewGuid();
        var first = AssociationRating.Add(id, AssociationRatingLevel.Provincial, 2023, null, [], null, Now);
        var error = Assert.Throws<DomainRuleException>(() => AssociationRating.Add(id, AssociationRatingLevel.Provincial, 2023, null, [first], null, Now));
        Assert.Equal("association.rating-exists", error.Code);

        // Another level or another year is a new rating; a removed one no longer blocks.
        var national = AssociationRating.Add(id, AssociationRatingLevel.National, 2023, null, [first], null, Now);
        var nextYear = AssociationRating.Add(id, AssociationRatingLevel.Provincial, 2024, null, [first, national], null, Now);
        Assert.Equal(2024, nextYear.Year);
        first.Remove(null, Now);
        Assert.Equal(2023, AssociationRating.Add(id, AssociationRatingLevel.Provincial, 2023, null, [first], null, Now).Year);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2100)]
    public void A_rating_year_outside_2000_2099_is_invalid(int year) =>
        Assert.Equal("association.rating-invalid", Assert.Throws<DomainRuleException>(
            () => AssociationRating.Add(Guid.NewGuid(), AssociationRatingLevel.Municipal, year, null, [], null, Now)).Code);

    [Fact]
    public void The_member_count_cannot_be_negative()
    {
        var association = Preparatory();
        Assert.Equal("association.member-count-invalid", Assert.Throws<DomainRuleException>(() => association.UpdateProfile("310000", null, -1, null)).Code);
    }
}
