using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Filings;
using InvestPromo.Domain.Leads;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.PromotionEvents;
using InvestPromo.Domain.Publicity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class PromotionEventConfiguration : IEntityTypeConfiguration<PromotionEvent>
{
    public void Configure(EntityTypeBuilder<PromotionEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(PromotionEvent.TitleMaxLength);
        builder.Property(e => e.Place).HasMaxLength(PromotionEvent.PlaceMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(PromotionEvent.SummaryMaxLength);
        builder.Property(e => e.InvitedCompanyNames).HasMaxLength(PromotionEvent.InvitedCompaniesMaxLength);
        builder.Property(e => e.RecordedByName).HasMaxLength(PromotionEvent.NameMaxLength);
        builder.Property(e => e.DecidedByName).HasMaxLength(PromotionEvent.NameMaxLength);
        builder.Property(e => e.RejectionReason).HasMaxLength(PromotionEvent.ReasonMaxLength);
        builder.Ignore(e => e.InvitedCompanies);
        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(e => e.OrganiserUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(e => e.ProposedByAssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Status, e.StartsOn });
        builder.HasIndex(e => e.StartsOn);
        builder.HasIndex(e => e.OrganiserUnitId);
        builder.HasIndex(e => e.RecordedByUnitId);
        builder.HasIndex(e => e.ProposedByAssociationId);

        builder.OwnsMany(e => e.Associations, associations =>
        {
            associations.ToTable("PromotionEventAssociations");
            associations.WithOwner().HasForeignKey("EventId");
            associations.HasKey("EventId", nameof(EventParticipant.AssociationId));
            associations.HasOne<Association>().WithMany().HasForeignKey(a => a.AssociationId).OnDelete(DeleteBehavior.Restrict);
            associations.HasIndex(a => new { a.AssociationId, a.Role });
        });
        builder.Navigation(e => e.Associations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(e => e.Leads, leads =>
        {
            leads.ToTable("PromotionEventLeads");
            leads.WithOwner().HasForeignKey("EventId");
            leads.HasKey("EventId", nameof(EventLead.LeadId));
            leads.HasOne<Lead>().WithMany().HasForeignKey(l => l.LeadId).OnDelete(DeleteBehavior.Restrict);
            leads.HasIndex(l => l.LeadId);
        });
        builder.Navigation(e => e.Leads).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(e => e.SignedProjects, projects =>
        {
            projects.ToTable("PromotionEventProjects");
            projects.WithOwner().HasForeignKey("EventId");
            projects.HasKey("EventId", nameof(EventSignedProject.FilingId));
            projects.HasOne<Filing>().WithMany().HasForeignKey(p => p.FilingId).OnDelete(DeleteBehavior.Restrict);
            projects.HasIndex(p => p.FilingId);
        });
        builder.Navigation(e => e.SignedProjects).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PromotionEventFileConfiguration : IEntityTypeConfiguration<PromotionEventFile>
{
    public void Configure(EntityTypeBuilder<PromotionEventFile> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(FilingAttachment.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(FilingAttachment.ContentTypeMaxLength);
        builder.Property(e => e.Sha256).HasMaxLength(FilingAttachment.Sha256Length);
        builder.Property(e => e.StorageKey).HasMaxLength(FilingAttachment.StorageKeyMaxLength);
        builder.Property(e => e.UploadedByName).HasMaxLength(PromotionEvent.NameMaxLength);
        builder.Ignore(e => e.IsPhoto);
        builder.HasOne<PromotionEvent>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.EventId);
    }
}

internal sealed class PublicityItemConfiguration : IEntityTypeConfiguration<PublicityItem>
{
    public void Configure(EntityTypeBuilder<PublicityItem> builder)
    {
        builder.Property(i => i.Medium).HasMaxLength(PublicityItem.MediumMaxLength);
        builder.Property(i => i.Title).HasMaxLength(PublicityItem.TitleMaxLength);
        builder.Property(i => i.Url).HasMaxLength(PublicityItem.UrlMaxLength);
        builder.HasOne<Association>().WithMany().HasForeignKey(i => i.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.AssociationId, i.PublishedOn });
        builder.HasIndex(i => i.PublishedOn);
    }
}
