using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationSchemeConfiguration : IEntityTypeConfiguration<EvaluationScheme>
{
    public void Configure(EntityTypeBuilder<EvaluationScheme> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(EvaluationSchemeDefinition.NameMaxLength);
        builder.Property(s => s.TotalScore).HasPrecision(9, 2);
        builder.Ignore(s => s.Definition);
        builder.HasIndex(s => s.Year).IsUnique();
    }
}

internal sealed class AssociationEvaluationConfiguration : IEntityTypeConfiguration<AssociationEvaluation>
{
    public void Configure(EntityTypeBuilder<AssociationEvaluation> builder)
    {
        builder.Ignore(e => e.Scheme);
        // One evaluation per year: two runs of the job at once insert one row; the other answers it.
        builder.HasIndex(e => e.Year).IsUnique();
    }
}

internal sealed class EvaluationEntryConfiguration : IEntityTypeConfiguration<EvaluationEntry>
{
    public void Configure(EntityTypeBuilder<EvaluationEntry> builder)
    {
        builder.Property(e => e.AssociationName).HasMaxLength(AssociationEvaluation.NameMaxLength);
        builder.Ignore(e => e.Values);
        builder.HasOne<AssociationEvaluation>().WithMany().HasForeignKey(e => e.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(e => e.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.EvaluationId, e.AssociationId }).IsUnique();
    }
}

internal sealed class EvaluationManualScoreConfiguration : IEntityTypeConfiguration<EvaluationManualScore>
{
    public void Configure(EntityTypeBuilder<EvaluationManualScore> builder)
    {
        builder.Property(s => s.IndicatorCode).HasMaxLength(EvaluationSchemeDefinition.CodeMaxLength);
        builder.Property(s => s.Score).HasPrecision(9, 2);
        builder.Property(s => s.Note).HasMaxLength(EvaluationManualScore.NoteMaxLength);
        builder.Property(s => s.Evidence).HasMaxLength(EvaluationManualScore.EvidenceMaxLength);
        builder.Property(s => s.ScoredByName).HasMaxLength(AssociationEvaluation.NameMaxLength);
        builder.Property(s => s.CorrectionReason).HasMaxLength(AssociationEvaluation.ReasonMaxLength);
        builder.HasOne<AssociationEvaluation>().WithMany().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EvaluationId, s.AssociationId, s.IndicatorCode }).IsUnique();
    }
}

internal sealed class EvaluationRevisionConfiguration : IEntityTypeConfiguration<EvaluationRevision>
{
    public void Configure(EntityTypeBuilder<EvaluationRevision> builder)
    {
        builder.Property(r => r.ApprovedByName).HasMaxLength(AssociationEvaluation.NameMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(AssociationEvaluation.ReasonMaxLength * 4);
        builder.Ignore(r => r.Rows);
        builder.HasOne<AssociationEvaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EvaluationId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Number });
    }
}
