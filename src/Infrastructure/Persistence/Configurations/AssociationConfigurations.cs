using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.People;
using InvestPromo.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Association.NameMaxLength);
        builder.Property(a => a.Status).HasDefaultValue(AssociationStatus.Established).HasSentinel(0);
        builder.Property(a => a.HomeRegionCode).HasMaxLength(16);
        builder.Property(a => a.LiaisonLeader).HasMaxLength(Association.LiaisonLeaderMaxLength);
        builder.Property(a => a.PresidentName).HasMaxLength(Association.PersonNameMaxLength);
        builder.Property(a => a.PresidentContact).HasMaxLength(Association.ContactMaxLength);
        builder.Property(a => a.SecretaryGeneralName).HasMaxLength(Association.PersonNameMaxLength);
        builder.Property(a => a.SecretaryGeneralContact).HasMaxLength(Association.ContactMaxLength);
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => a.HomeRegionCode);
        builder.HasIndex(a => a.Name);
    }
}

internal sealed class AmbassadorConfiguration : IEntityTypeConfiguration<Ambassador>
{
    public void Configure(EntityTypeBuilder<Ambassador> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Ambassador.NameMaxLength);
        builder.Property(a => a.CertificateNumber).HasMaxLength(Ambassador.CertificateNumberMaxLength);
        builder.HasIndex(a => new { a.Year, a.CertificateNumber }); // unique among the year's live rows: checked by the appointing command
        builder.HasIndex(a => a.Name);
    }
}

internal sealed class NotableNativeConfiguration : IEntityTypeConfiguration<NotableNative>
{
    public void Configure(EntityTypeBuilder<NotableNative> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(NotableNative.NameMaxLength);
        builder.HasIndex(n => n.Name);
    }
}

internal sealed class ProjectCreditConfiguration : IEntityTypeConfiguration<ProjectCredit>
{
    public void Configure(EntityTypeBuilder<ProjectCredit> builder)
    {
        builder.Property(c => c.RecommenderName).HasMaxLength(ProjectCredit.RecommenderNameMaxLength);
        builder.Property(c => c.ProposedByName).HasMaxLength(ProjectCredit.ActorNameMaxLength);
        builder.Property(c => c.DecidedByName).HasMaxLength(ProjectCredit.ActorNameMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(ProjectCredit.ReasonMaxLength);
        builder.HasOne<Filing>().WithMany().HasForeignKey(c => c.FilingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(c => c.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.FilingId);
        builder.HasIndex(c => new { c.AssociationId, c.Status });
        builder.HasIndex(c => new { c.Status, c.ProposedAt });
    }
}

internal sealed class AssociationOfficeConfiguration : IEntityTypeConfiguration<AssociationOffice>
{
    public void Configure(EntityTypeBuilder<AssociationOffice> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(AssociationOffice.NameMaxLength);
        builder.Property(o => o.CityRegionCode).HasMaxLength(16);
        builder.Property(o => o.ContactName).HasMaxLength(AssociationOffice.ContactMaxLength);
        builder.Property(o => o.ContactPhone).HasMaxLength(AssociationOffice.ContactMaxLength);
        builder.HasOne<Association>().WithMany().HasForeignKey(o => o.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.AssociationId);
        builder.HasIndex(o => o.CityRegionCode);
    }
}

internal sealed class AssociationMemberConfiguration : IEntityTypeConfiguration<AssociationMember>
{
    public void Configure(EntityTypeBuilder<AssociationMember> builder)
    {
        builder.Property(m => m.CompanyName).HasMaxLength(AssociationMember.CompanyNameMaxLength);
        builder.Property(m => m.CreditCode).HasMaxLength(18);
        builder.Property(m => m.Position).HasMaxLength(AssociationMember.PositionMaxLength);
        builder.HasOne<Association>().WithMany().HasForeignKey(m => m.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndustryChain>().WithMany().HasForeignKey(m => m.IndustryChainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.AssociationId);
        builder.HasIndex(m => m.IndustryChainId);
    }
}

internal sealed class AssociationRatingConfiguration : IEntityTypeConfiguration<AssociationRating>
{
    public void Configure(EntityTypeBuilder<AssociationRating> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(AssociationRating.NoteMaxLength);
        builder.HasOne<Association>().WithMany().HasForeignKey(r => r.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AssociationId, r.Level, r.Year }); // one per level and year among live rows: checked by the command
    }
}
