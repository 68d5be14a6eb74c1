using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Auditing;
using InvestPromo.Domain.Calendar;
using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.ReferenceData;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class CarrierUnitConfiguration : IEntityTypeConfiguration<CarrierUnit>
{
    public void Configure(EntityTypeBuilder<CarrierUnit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Code).HasMaxLength(CarrierUnit.CodeMaxLength);
        builder.Property(u => u.Name).HasMaxLength(CarrierUnit.NameMaxLength);
        builder.Property(u => u.Description).HasMaxLength(CarrierUnit.DescriptionMaxLength);
        builder.HasIndex(u => u.Code).IsUnique();
    }
}

internal sealed class IndustryChainConfiguration : IEntityTypeConfiguration<IndustryChain>
{
    public void Configure(EntityTypeBuilder<IndustryChain> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(IndustryChain.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(IndustryChain.NameMaxLength);
        builder.Property(c => c.NameEn).HasMaxLength(IndustryChain.NameMaxLength);
        builder.Property(c => c.Group).HasMaxLength(IndustryChain.GroupMaxLength);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class SourceRegionConfiguration : IEntityTypeConfiguration<SourceRegion>
{
    public void Configure(EntityTypeBuilder<SourceRegion> builder)
    {
        // Keyed by its official code, which filings reference; the entity's Guid is not stored.
        builder.HasKey(r => r.Code);
        builder.Ignore(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(SourceRegion.CodeMaxLength);
        builder.Property(r => r.ParentCode).HasMaxLength(SourceRegion.CodeMaxLength);
        builder.Property(r => r.Name).HasMaxLength(SourceRegion.NameMaxLength);
        builder.Property(r => r.NameEn).HasMaxLength(SourceRegion.NameMaxLength);
        builder.HasOne<SourceRegion>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Kind, r.SortOrder });
        builder.HasIndex(r => new { r.ParentCode, r.SortOrder });
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.CreatedByName).HasMaxLength(256);
        builder.Property(k => k.RevokedReason).HasMaxLength(ApiKey.ReasonMaxLength);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Ignore(k => k.LastActivityAt);
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(SignInThrottle.KeyLength);
        builder.Property(t => t.AccountKey).HasMaxLength(SignInThrottle.KeyLength);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasIndex(t => t.AccountKey);
        builder.HasIndex(t => t.WindowStartedAt);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        builder.Property(e => e.TraceId).HasMaxLength(64);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.Property(y => y.Source).HasMaxLength(CalendarYear.SourceMaxLength);
        builder.HasIndex(y => y.Year).IsUnique();
        builder.OwnsMany(y => y.Days, days =>
        {
            days.ToTable("CalendarDays");
            days.WithOwner().HasForeignKey("CalendarYearId");
            days.HasKey("CalendarYearId", nameof(CalendarDay.Date));
            days.Property(d => d.Name).HasMaxLength(CalendarDay.NameMaxLength);
        });
        builder.Navigation(y => y.Days).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.Property(u => u.Role).HasMaxLength(ApplicationUser.RoleMaxLength);
        builder.Property(u => u.LockoutReason).HasMaxLength(ApplicationUser.LockoutReasonMaxLength);
        builder.HasOne<CarrierUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.UnitId, u.IsActive });
        builder.HasOne<Association>().WithMany().HasForeignKey(u => u.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimiting.RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimiting.RateLimitWindow> builder)
    {
        builder.HasKey(w => new { w.Key, w.WindowStart });
        builder.Property(w => w.Key).HasMaxLength(RateLimiting.RateLimitWindow.KeyLength);
        builder.HasIndex(w => w.WindowEnd);
    }
}
