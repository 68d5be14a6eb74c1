using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {

        // One list per week, whoever publishes it (the job, a reviewer, a racing retry): the database refuses a second.
        builder.HasIndex(p => p.WeekStart).IsUnique();
        // Numbers are sequential per year and never reused.
        builder.HasIndex(p => new { p.Year, p.Number }).IsUnique();
        builder.HasIndex(p => p.PublishedAt);

        builder.HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.PublicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(p => p.Label);
    }
}

internal sealed class PublicationEntryConfiguration : IEntityTypeConfiguration<PublicationEntry>
{
    public void Configure(EntityTypeBuilder<PublicationEntry> builder)
    {
        // Made by the domain, always new when first seen through the publication's collection; never changed afterwards,
        // so no concurrency token.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken(false);
        builder.Property(e => e.ProjectName).HasMaxLength(Filing.ProjectNameMaxLength);
        builder.Property(e => e.InvestorName).HasMaxLength(Filing.InvestorNameMaxLength);
        builder.Property(e => e.UnitName).HasMaxLength(200);
        builder.Property(e => e.IndustryChainName).HasMaxLength(200);
        builder.Property(e => e.SourceRegionName).HasMaxLength(200);
        builder.HasOne<Filing>().WithMany().HasForeignKey(e => e.FilingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PublicationId, e.Position }).IsUnique();
        // Later steps (objections, re-review) find a filing's entries. Not unique: a filing returned after an upheld objection
        // and approved again is published again in the week of its new approval.
        builder.HasIndex(e => e.FilingId);
    }
}
