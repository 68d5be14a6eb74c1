using System.Text.Json;
using InvestPromo.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.UrlMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(WebhookSubscription.DescriptionMaxLength);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(WebhookSubscription.ProtectedSecretMaxLength).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);

        // The chosen types as a JSON array of names, the same text column on every provider (read whole, filtered in memory).
        builder.Property(s => s.EventTypes)
            .HasConversion(
                types => JsonSerializer.Serialize(types, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, t) => HashCode.Combine(h, t.GetHashCode(StringComparison.Ordinal))), v => v.ToList()))
            .HasMaxLength(WebhookSubscription.EventTypesMaxCount * (WebhookSubscription.EventTypeMaxLength + 3) + 2)
            .IsRequired();
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        // Written once, never updated.
        builder.Property(e => e.Version).IsConcurrencyToken(false);
        builder.Property(e => e.Type).HasMaxLength(WebhookEvent.TypeMaxLength).IsRequired();
        builder.Property(e => e.Body).IsRequired();
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        // Updated only by the delivery job's conditional updates (status and lease), never through a client's version.
        builder.Property(d => d.Version).IsConcurrencyToken(false);
        builder.Property(d => d.EventType).HasMaxLength(WebhookEvent.TypeMaxLength).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.LastErrorMaxLength);
        builder.Property(d => d.LastResponse).HasMaxLength(WebhookDelivery.LastResponseMaxLength);
        builder.HasOne<WebhookEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);

        // The job: due pending rows, oldest first. The log: newest first, per subscription.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasIndex(d => d.CreatedAt);
    }
}
