using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.Property(f => f.ProjectName).HasMaxLength(Filing.ProjectNameMaxLength);
        builder.Property(f => f.InvestorName).HasMaxLength(Filing.InvestorNameMaxLength);
        builder.Property(f => f.NormalisedProjectName).HasMaxLength(Filing.ProjectNameMaxLength);
        builder.Property(f => f.NormalisedInvestorName).HasMaxLength(Filing.InvestorNameMaxLength);
        builder.Property(f => f.CreditCode).HasMaxLength(CreditCode.Length);
        builder.Property(f => f.SourceRegionCode).HasMaxLength(Filing.RegionCodeMaxLength);
        builder.Property(f => f.SourceRegionRollUp).HasMaxLength(Filing.RegionCodeMaxLength);
        builder.Property(f => f.ConstructionContent).HasMaxLength(Filing.ConstructionContentMaxLength);
        builder.Property(f => f.RecommenderName).HasMaxLength(Filing.PersonNameMaxLength);
        builder.Property(f => f.RecommenderContact).HasMaxLength(Filing.RecommenderContactMaxLength);
        builder.Property(f => f.ContactName).HasMaxLength(Filing.PersonNameMaxLength);
        builder.Property(f => f.ContactPhone).HasMaxLength(PhoneNumber.MaxLength);
        builder.Property(f => f.ReturnReason).HasMaxLength(Filing.ReasonMaxLength);
        builder.Property(f => f.RevokedReason).HasMaxLength(Filing.ReasonMaxLength);

        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndustryChain>().WithMany().HasForeignKey(f => f.IndustryChainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SourceRegion>().WithMany().HasForeignKey(f => f.SourceRegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(f => f.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Leads.Lead>().WithMany().HasForeignKey(f => f.LeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.LeadId);

        builder.HasMany(f => f.History).WithOne().HasForeignKey(h => h.FilingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(f => f.Attachments).WithOne().HasForeignKey(a => a.FilingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The review queue: under review, soonest deadline first; and the list filters.
        builder.HasIndex(f => new { f.Status, f.ReviewDueAt });
        // The queue's usual filter pairs (measured by build/bench at 1M filings): unit + chain, and chain + scale band. Each
        // index serves the page in deadline order and, with IsDeleted (the soft-delete filter) last, the page's count from
        // the index alone, instead of intersecting the single-column indexes over every status.
        builder.HasIndex(f => new { f.Status, f.UnitId, f.IndustryChainId, f.ReviewDueAt, f.IsDeleted }).HasDatabaseName("IX_Filings_Queue_Unit_Chain");
        builder.HasIndex(f => new { f.Status, f.IndustryChainId, f.ScaleBand, f.ReviewDueAt, f.IsDeleted }).HasDatabaseName("IX_Filings_Queue_Chain_Band");
        builder.HasIndex(f => new { f.UnitId, f.Status });
        builder.HasIndex(f => f.IndustryChainId);
        builder.HasIndex(f => f.SourceRegionCode);
        // A province filter matches its cities through the roll-up (FilingListing.Filter).
        builder.HasIndex(f => f.SourceRegionRollUp);
        builder.HasIndex(f => f.ScaleBand);
        builder.HasIndex(f => f.SubmittedAt);
        // The weekly publication: the approvals of one week.
        builder.HasIndex(f => new { f.Status, f.DecidedAt });
        // The analysis: approved filings by approval date (China).
        builder.HasIndex(f => new { f.Status, f.ApprovedOn });
        // The reserve list (mature AND large): standing approvals with an amount at or above the threshold, read from the index
        // alone: the groups' counts and totals, each stored code's largest (ROW_NUMBER by amount, id) and one region's page of
        // ids, all without visiting the table (build/bench --modes reserve; the filter columns are keys, as SQLite has no INCLUDE).
        builder.HasIndex(f => new { f.Status, f.PlannedTotalFen, f.Stage, f.SourceRegionCode, f.IsDeleted, f.Id }).HasDatabaseName("IX_Filings_ReserveList");
        builder.HasIndex(f => f.CreditCode);

        // Duplicate detection: the credit code above, and the normalised name (then investor, or chain, region and amount).
        builder.HasIndex(f => f.NormalisedProjectName);

        // The filer's fields as one value, read from the columns above (EF cannot index or key a complex property's columns).
        builder.Ignore(f => f.Details);
    }
}

internal sealed class FilingHistoryEntryConfiguration : IEntityTypeConfiguration<FilingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<FilingHistoryEntry> builder)
    {
        builder.ToTable("FilingHistory");
        // Made by the domain, always new when first seen through the filing's collection.
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ActorName).HasMaxLength(FilingHistoryEntry.ActorNameMaxLength);
        builder.Property(h => h.Reason).HasMaxLength(Filing.ReasonMaxLength);
        builder.HasIndex(h => new { h.FilingId, h.At });
        builder.HasIndex(h => new { h.Action, h.At });
    }
}

internal sealed class FilingAttachmentConfiguration : IEntityTypeConfiguration<FilingAttachment>
{
    public void Configure(EntityTypeBuilder<FilingAttachment> builder)
    {
        // Made by the domain, always new when first seen through the filing's collection.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(FilingAttachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(FilingAttachment.ContentTypeMaxLength);
        builder.Property(a => a.Sha256).HasMaxLength(FilingAttachment.Sha256Length);
        builder.Property(a => a.StorageKey).HasMaxLength(FilingAttachment.StorageKeyMaxLength);
        builder.Property(a => a.UploadedByName).HasMaxLength(FilingHistoryEntry.ActorNameMaxLength);
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.HasIndex(a => new { a.FilingId, a.CreatedAt });
        builder.Ignore(a => a.UploadedAt);
        builder.Ignore(a => a.UploadedBy);
    }
}

internal sealed class DuplicateDismissalConfiguration : IEntityTypeConfiguration<DuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<DuplicateDismissal> builder)
    {
        // Only ever inserted (a racing second dismissal fails on the unique pair below), so no concurrency token.
        builder.Property(d => d.Version).IsConcurrencyToken(false);
        builder.Property(d => d.Reason).HasMaxLength(DuplicateDismissal.ReasonMaxLength);
        builder.HasOne<Filing>().WithMany().HasForeignKey(d => d.FilingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Filing>().WithMany().HasForeignKey(d => d.OtherFilingId).OnDelete(DeleteBehavior.Restrict);
        // Restrict, not cascade: SQL Server refuses two cascade paths from one table (filings are only soft-deleted anyway).
        // One row per pair, stored smaller id first; the second index serves lookups from the other side.
        builder.HasIndex(d => new { d.FilingId, d.OtherFilingId }).IsUnique();
        builder.HasIndex(d => d.OtherFilingId);
    }
}
