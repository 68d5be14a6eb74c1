using InvestPromo.Domain.Notifications;
using InvestPromo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        // Version is not a concurrency token here: marking read twice (two tabs) is harmless and must not be a 409.
        builder.Property(n => n.Version).IsConcurrencyToken(false);
        builder.Property(n => n.ParametersJson).HasMaxLength(Notification.ParametersMaxLength).IsRequired();
        builder.Property(n => n.DedupKey).HasMaxLength(Notification.DedupKeyMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);

        // The bell: a user's unread ones, newest first; the list: a user's, newest first.
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });

        // At most one digest per reviewer per China day, enforced by the database (NULL keys are not compared).
        builder.HasIndex(n => new { n.RecipientId, n.DedupKey }).IsUnique();

        builder.Ignore(n => n.Parameters);
        builder.Ignore(n => n.IsRead);
    }
}
