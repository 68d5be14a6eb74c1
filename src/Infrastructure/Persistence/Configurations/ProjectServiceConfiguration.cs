using InvestPromo.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

/// <summary>The follow-up service's members of <see cref="TrackedProject"/> (its own part, beside the project's configuration).</summary>
internal sealed class TrackedProjectServiceConfiguration : IEntityTypeConfiguration<TrackedProject>
{
    public void Configure(EntityTypeBuilder<TrackedProject> builder)
    {
        builder.Ignore(p => p.ServiceStage);
        builder.Property(p => p.ServiceOwnerName).HasMaxLength(64);

        // The due list and the owners' digest: revisits due by a date (all, or one owner's).
        builder.HasIndex(p => new { p.Status, p.NextRevisitDueOn });
        builder.HasIndex(p => new { p.ServiceOwnerId, p.NextRevisitDueOn });
    }
}

internal sealed class ProjectRevisitConfiguration : IEntityTypeConfiguration<ProjectRevisit>
{
    public void Configure(EntityTypeBuilder<ProjectRevisit> builder)
    {
        builder.Property(r => r.Visitors).HasMaxLength(ProjectRevisit.PeopleMaxLength);
        builder.Property(r => r.MetWith).HasMaxLength(ProjectRevisit.PeopleMaxLength);
        builder.Property(r => r.Notes).HasMaxLength(ProjectRevisit.NotesMaxLength);
        builder.Property(r => r.RecordedByName).HasMaxLength(256);
        builder.HasOne<TrackedProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ProjectId, r.VisitedOn });
    }
}

internal sealed class ProjectProblemConfiguration : IEntityTypeConfiguration<ProjectProblem>
{
    public void Configure(EntityTypeBuilder<ProjectProblem> builder)
    {
        builder.Property(p => p.Description).HasMaxLength(ProjectProblem.DescriptionMaxLength);
        builder.Property(p => p.Department).HasMaxLength(ProjectProblem.DepartmentMaxLength);
        builder.Property(p => p.EscalatedTo).HasMaxLength(ProjectProblem.LeaderMaxLength);
        builder.Ignore(p => p.IsOpen);
        builder.HasOne<TrackedProject>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A project's problems; the overdue ones (due list, digest) and the open ones by department (dashboard).
        builder.HasIndex(p => new { p.ProjectId, p.Status });
        builder.HasIndex(p => new { p.Status, p.DueOn });
        builder.HasIndex(p => new { p.Status, p.Department });
    }
}

internal sealed class ProjectProblemChangeConfiguration : IEntityTypeConfiguration<ProjectProblemChange>
{
    public void Configure(EntityTypeBuilder<ProjectProblemChange> builder)
    {
        // A step added to a loaded problem is new whatever its (client-made) id: never taken for an existing row.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Note).HasMaxLength(ProjectProblemChange.NoteMaxLength);
        builder.Property(c => c.EscalatedTo).HasMaxLength(ProjectProblem.LeaderMaxLength);
        builder.Property(c => c.ByName).HasMaxLength(256);
        builder.HasIndex(c => c.ProblemId);
    }
}
