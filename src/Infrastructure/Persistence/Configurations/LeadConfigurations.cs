using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Leads;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.Property(l => l.CompanyName).HasMaxLength(Lead.CompanyNameMaxLength);
        builder.Property(l => l.SourceRegionCode).HasMaxLength(Lead.RegionCodeMaxLength);
        builder.Property(l => l.Known).HasMaxLength(Lead.KnownMaxLength);
        builder.Property(l => l.RecordedByName).HasMaxLength(Lead.NameMaxLength);
        builder.Property(l => l.DecidedByName).HasMaxLength(Lead.NameMaxLength);
        builder.Property(l => l.DecisionNote).HasMaxLength(Lead.ReasonMaxLength);
        builder.HasOne<IndustryChain>().WithMany().HasForeignKey(l => l.IndustryChainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(l => l.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.Status, l.CreatedAt });
        builder.HasIndex(l => l.AssignedUnitId);
        builder.HasIndex(l => l.RecordedByUnitId);
        builder.HasIndex(l => l.RecordedByAssociationId);
        builder.HasIndex(l => new { l.SourceKind, l.SourceId });
    }
}

internal sealed class LeadOpinionRequestConfiguration : IEntityTypeConfiguration<LeadOpinionRequest>
{
    public void Configure(EntityTypeBuilder<LeadOpinionRequest> builder)
    {
        builder.Property(r => r.Question).HasMaxLength(LeadOpinionRequest.TextMaxLength);
        builder.Property(r => r.Answer).HasMaxLength(LeadOpinionRequest.TextMaxLength);
        builder.Property(r => r.AskedByName).HasMaxLength(Lead.NameMaxLength);
        builder.Property(r => r.AnsweredByName).HasMaxLength(Lead.NameMaxLength);
        builder.HasOne<Lead>().WithMany().HasForeignKey(r => r.LeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(r => r.AssociationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.LeadId);
        builder.HasIndex(r => new { r.AssociationId, r.AnsweredAt });
    }
}
