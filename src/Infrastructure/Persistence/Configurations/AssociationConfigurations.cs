using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Credits;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.People;
using InvestPromo.Domain.PurchasedServices;
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
        // (Year, CertificateNumber) is unique among the live rows: a filtered index, declared in ApplicationDbContext (its filter is the provider's SQL).
        builder.HasIndex(a => a.Name);
        builder.Property(a => a.Phone).HasMaxLength(Ambassador.ContactMaxLength);
        builder.Property(a => a.Email).HasMaxLength(Ambassador.ContactMaxLength);
        builder.Property(a => a.Organisation).HasMaxLength(Ambassador.OrganisationMaxLength);
        builder.Property(a => a.Title).HasMaxLength(Ambassador.TitleMaxLength);
        builder.Property(a => a.CityRegionCode).HasMaxLength(Ambassador.RegionCodeMaxLength);
        builder.Property(a => a.Note).HasMaxLength(Ambassador.NoteMaxLength);
        builder.HasOne<IndustryChain>().WithMany().HasForeignKey(a => a.IndustryChainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(a => a.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CityRegionCode);
    }
}

internal sealed class NotableNativeConfiguration : IEntityTypeConfiguration<NotableNative>
{
    public void Configure(EntityTypeBuilder<NotableNative> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(NotableNative.NameMaxLength);
        builder.HasIndex(n => n.Name);
        builder.Ignore(n => n.Tags);
        builder.Property(n => n.NativeCounty).HasMaxLength(NotableNative.CountyMaxLength);
        builder.Property(n => n.Company).HasMaxLength(NotableNative.CompanyMaxLength);
        builder.Property(n => n.Position).HasMaxLength(NotableNative.PositionMaxLength);
        builder.Property(n => n.CityRegionCode).HasMaxLength(NotableNative.RegionCodeMaxLength);
        builder.Property(n => n.TagsText).HasMaxLength((NotableNative.TagMaxLength + 1) * NotableNative.MaxTags + 1);
        builder.Property(n => n.Phone).HasMaxLength(NotableNative.ContactMaxLength);
        builder.Property(n => n.Email).HasMaxLength(NotableNative.ContactMaxLength);
        builder.HasOne<IndustryChain>().WithMany().HasForeignKey(n => n.IndustryChainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(n => n.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.CityRegionCode);
        builder.HasIndex(n => n.IndustryChainId);
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
        builder.HasIndex(c => c.ConfirmedFilingId).IsUnique(); // one confirmed credit per filing (null while not confirmed)
        builder.HasIndex(c => new { c.AssociationId, c.Status, c.DecidedAt }); // the portal's credited projects, newest first; the reward calculation
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

internal sealed class CreditEvidenceConfiguration : IEntityTypeConfiguration<CreditEvidence>
{
    public void Configure(EntityTypeBuilder<CreditEvidence> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(FilingAttachment.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(FilingAttachment.ContentTypeMaxLength);
        builder.Property(e => e.Sha256).HasMaxLength(FilingAttachment.Sha256Length);
        builder.Property(e => e.StorageKey).HasMaxLength(FilingAttachment.StorageKeyMaxLength);
        builder.Property(e => e.UploadedByName).HasMaxLength(ProjectCredit.ActorNameMaxLength);
        builder.HasOne<ProjectCredit>().WithMany().HasForeignKey(e => e.CreditId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.CreditId);
    }
}

internal sealed class PurchasedServiceYearConfiguration : IEntityTypeConfiguration<PurchasedServiceYear>
{
    public void Configure(EntityTypeBuilder<PurchasedServiceYear> builder)
    {
        builder.Property(y => y.Contractor).HasMaxLength(PurchasedServiceYear.ContractorMaxLength);
        builder.Property(y => y.Note).HasMaxLength(PurchasedServiceYear.NoteMaxLength);
        builder.Property(y => y.EvaluationResult).HasMaxLength(PurchasedServiceYear.EvaluationResultMaxLength);
        builder.Property(y => y.EvaluationNote).HasMaxLength(PurchasedServiceYear.NoteMaxLength);
        builder.Ignore(y => y.Used);
        builder.HasMany(y => y.Payments).WithOne().HasForeignKey(p => p.YearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(y => y.Subsidies).WithOne().HasForeignKey(s => s.YearId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(y => y.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(y => y.Subsidies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(y => y.Year).IsUnique();
    }
}

internal sealed class PurchasedServicePaymentConfiguration : IEntityTypeConfiguration<PurchasedServicePayment>
{
    public void Configure(EntityTypeBuilder<PurchasedServicePayment> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(PurchasedServiceYear.NoteMaxLength);
        builder.HasIndex(p => p.YearId);
    }
}

internal sealed class ServiceSubsidyConfiguration : IEntityTypeConfiguration<ServiceSubsidy>
{
    public void Configure(EntityTypeBuilder<ServiceSubsidy> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(PurchasedServiceYear.NoteMaxLength);
        builder.HasOne<Association>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.YearId);
        builder.HasIndex(s => s.AssociationId);
    }
}
