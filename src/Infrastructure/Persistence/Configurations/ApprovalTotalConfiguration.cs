using InvestPromo.Domain.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class ApprovalTotalConfiguration : IEntityTypeConfiguration<ApprovalTotal>
{
    public void Configure(EntityTypeBuilder<ApprovalTotal> builder)
    {
        // One row per dimension, key and day; the analysis reads one dimension (over a range of days) at a time.
        builder.HasKey(t => new { t.Dimension, t.Key, t.Day });
        builder.Property(t => t.Key).HasMaxLength(ApprovalTotal.KeyMaxLength);
        builder.HasIndex(t => new { t.Dimension, t.Day });
    }
}
