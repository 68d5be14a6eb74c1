using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class UnitTargetConfiguration : IEntityTypeConfiguration<UnitTarget>
{
    public void Configure(EntityTypeBuilder<UnitTarget> builder)
    {
        builder.Ignore(t => t.Figures);
        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Year, t.UnitId }).IsUnique();
    }
}

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReport>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> builder)
    {
        builder.Property(r => r.GeneratedByName).HasMaxLength(100);
        builder.Property(r => r.TimeRatio).HasPrecision(5, 2);
        builder.Property(r => r.TolerancePoints).HasPrecision(5, 2);
        builder.HasIndex(r => new { r.Year, r.Quarter, r.Revision }).IsUnique();
    }
}
