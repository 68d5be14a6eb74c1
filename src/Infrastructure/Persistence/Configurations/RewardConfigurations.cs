using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Projects;
using InvestPromo.Domain.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class RewardPolicyConfiguration : IEntityTypeConfiguration<RewardPolicy>
{
    public void Configure(EntityTypeBuilder<RewardPolicy> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(RewardPolicy.NameMaxLength);
        builder.Property(p => p.Rate).HasPrecision(9, 6);
        builder.Property(p => p.ExcludedCategoriesText).HasMaxLength(200);
        builder.Ignore(p => p.ExcludedCategories);
        builder.HasIndex(p => p.ValidFrom);
    }
}

internal sealed class RewardCalculationConfiguration : IEntityTypeConfiguration<RewardCalculation>
{
    public void Configure(EntityTypeBuilder<RewardCalculation> builder)
    {
        builder.Property(c => c.ApprovedByName).HasMaxLength(RewardCalculation.ActorNameMaxLength);
        builder.Property(c => c.VoucherNumber).HasMaxLength(RewardCalculation.VoucherMaxLength);
        builder.Ignore(c => c.IsFrozen);
        builder.HasOne<RewardPolicy>().WithMany().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Year, c.Revision }).IsUnique();
    }
}

internal sealed class RewardLineConfiguration : IEntityTypeConfiguration<RewardLine>
{
    public void Configure(EntityTypeBuilder<RewardLine> builder)
    {
        builder.Property(l => l.AssociationName).HasMaxLength(RewardLine.NameMaxLength);
        builder.Property(l => l.ProjectName).HasMaxLength(RewardLine.NameMaxLength);
        builder.Ignore(l => l.ReasonCode);
        // No foreign key to RewardCalculations, on purpose: its per-row check was 0.9 s of the 2.1 s COPY of 136,856 lines
        // (build/bench, issue 14). Lines are written only by RewardLineWriter, for a calculation saved earlier in the same
        // transaction, and calculations are never hard-deleted (soft delete), so nothing can orphan a line.
        builder.HasIndex(l => new { l.CalculationId, l.AssociationId, l.ProjectId });
        builder.HasIndex(l => new { l.CalculationId, l.Outcome });
    }
}

internal sealed class RewardImpactConfirmationConfiguration : IEntityTypeConfiguration<RewardImpactConfirmation>
{
    public void Configure(EntityTypeBuilder<RewardImpactConfirmation> builder)
    {
        builder.Property(i => i.ConfirmedByName).HasMaxLength(RewardImpactConfirmation.ActorNameMaxLength);
        builder.HasOne<TrackedProject>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ProjectId, i.Year }).IsUnique();
        builder.HasIndex(i => i.Year);
    }
}
