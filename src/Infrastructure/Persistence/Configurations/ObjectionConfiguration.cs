using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.Property(o => o.ProjectName).HasMaxLength(Filing.ProjectNameMaxLength);
        builder.Property(o => o.ObjectorName).HasMaxLength(Objection.NameMaxLength);
        builder.Property(o => o.Contact).HasMaxLength(Objection.ContactMaxLength);
        builder.Property(o => o.Text).HasMaxLength(Objection.TextMaxLength);
        builder.Property(o => o.ReceiptCodeHash).HasMaxLength(Objection.HashLength).IsFixedLength();
        builder.Property(o => o.ClientAddressHash).HasMaxLength(Objection.HashLength).IsFixedLength();
        builder.Property(o => o.EvidenceFileName).HasMaxLength(FilingAttachment.FileNameMaxLength);
        builder.Property(o => o.EvidenceContentType).HasMaxLength(FilingAttachment.ContentTypeMaxLength);
        builder.Property(o => o.EvidenceSha256).HasMaxLength(FilingAttachment.Sha256Length).IsFixedLength();
        builder.Property(o => o.EvidenceStorageKey).HasMaxLength(FilingAttachment.StorageKeyMaxLength);
        builder.Property(o => o.DecisionReason).HasMaxLength(Filing.ReasonMaxLength);
        builder.Property(o => o.DecidedByName).HasMaxLength(FilingHistoryEntry.ActorNameMaxLength);

        builder.HasOne<Publication>().WithMany().HasForeignKey(o => o.PublicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PublicationEntry>().WithMany().HasForeignKey(o => o.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Filing>().WithMany().HasForeignKey(o => o.FilingId).OnDelete(DeleteBehavior.Restrict);

        // The objector's status lookup.
        builder.HasIndex(o => o.ReceiptCodeHash).IsUnique();
        // The reviewers' list (open ones first, oldest first) and a filing's open objections.
        builder.HasIndex(o => new { o.Status, o.LodgedAt });
        builder.HasIndex(o => new { o.FilingId, o.Status });
        // A publication's entry statuses, and the per-project limits.
        builder.HasIndex(o => new { o.EntryId, o.Status });
        // The per-address limits.
        builder.HasIndex(o => new { o.ClientAddressHash, o.LodgedAt });

        builder.Ignore(o => o.HasEvidence);
    }
}
