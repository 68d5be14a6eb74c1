using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InvestPromo.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.ClientAddress).HasMaxLength(UserSession.ClientAddressMaxLength);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);

        // A user's sessions (ending them, counting the active ones); housekeeping deletes by the absolute expiry.
        builder.HasIndex(s => new { s.UserId, s.EndedAt });
        builder.HasIndex(s => s.ExpiresAt);
    }
}
