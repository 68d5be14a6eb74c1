using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> builder)
    {
        builder.Ignore(m => m.IsLive);
        builder.Property(m => m.Note).HasMaxLength(ProjectMilestone.NoteMaxLength);
        builder.Property(m => m.ReturnReason).HasMaxLength(Filing.ReasonMaxLength);
        builder.Property(m => m.ReportedByName).HasMaxLength(FilingHistoryEntry.ActorNameMaxLength);
        builder.Property(m => m.DecidedByName).HasMaxLength(FilingHistoryEntry.ActorNameMaxLength);
        builder.Property(m => m.ExternalReference).HasMaxLength(ProjectMilestone.ExternalReferenceMaxLength);
        builder.HasOne<TrackedProject>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A project's milestones (its page, the rules); one milestone per kind; a caller's external reference once.
        builder.HasIndex(m => new { m.ProjectId, m.Kind }).IsUnique();
        builder.HasIndex(m => new { m.CallerId, m.ExternalReference }).IsUnique();
        builder.HasIndex(m => m.UnitId);
    }
}

internal sealed class ProjectMilestoneHistoryEntryConfiguration : IEntityTypeConfiguration<ProjectMilestoneHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ProjectMilestoneHistoryEntry> builder)
    {
        builder.ToTable("ProjectMilestoneHistory");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ActorName).HasMaxLength(FilingHistoryEntry.ActorNameMaxLength);
        builder.Property(h => h.Reason).HasMaxLength(Filing.ReasonMaxLength);
        builder.HasIndex(h => new { h.MilestoneId, h.At });
    }
}
