using InvestPromo.Domain.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IdempotencyKey> builder)
    {
        builder.Property(k => k.Caller).HasMaxLength(IdempotencyKey.CallerMaxLength);
        builder.Property(k => k.Key).HasMaxLength(IdempotencyKey.KeyMaxLength);
        builder.Property(k => k.Request).HasMaxLength(IdempotencyFingerprint.RequestMaxLength);
        builder.Property(k => k.BodyHash).HasMaxLength(IdempotencyFingerprint.BodyHashLength);
        builder.Property(k => k.ResponseContentType).HasMaxLength(IdempotencyKey.ContentTypeMaxLength);
        builder.Property(k => k.ResponseLocation).HasMaxLength(IdempotencyKey.LocationMaxLength);

        // The claim: a second INSERT of the same caller's key fails here, whatever runs at the same time.
        builder.HasIndex(k => new { k.Caller, k.Key }).IsUnique();
        // Housekeeping deletes by age.
        builder.HasIndex(k => k.CreatedAt);
    }
}
