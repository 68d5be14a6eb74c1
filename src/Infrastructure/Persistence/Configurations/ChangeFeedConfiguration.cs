using InvestPromo.Domain.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class ChangeFeedEntryConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> builder)
    {
        // The sequence is handed out by ChangeFeedWriter (the counter row), never by the database.
        builder.ToTable("ChangeFeedEntries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Resource).HasMaxLength(ChangeFeedEntry.ResourceMaxLength);
        builder.Property(e => e.Status).HasMaxLength(ChangeFeedEntry.StatusMaxLength);

        // A page is one range scan: a filer's by unit, everyone else's past the unit-only (draft) entries.
        builder.HasIndex(e => new { e.UnitId, e.Sequence });
        builder.HasIndex(e => new { e.UnitOnly, e.Sequence });
    }
}

internal sealed class ChangeFeedCounterConfiguration : IEntityTypeConfiguration<ChangeFeedCounter>
{
    public void Configure(EntityTypeBuilder<ChangeFeedCounter> builder)
    {
        builder.ToTable("ChangeFeedCounters");
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
