using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Notifications;
using InvestPromo.Infrastructure.Identity;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Notifications;

/// <summary>The users who receive notifications, read from the Identity tables.</summary>
public sealed class NotificationRecipients(ApplicationDbContext db) : INotificationRecipients
{
    public async Task<IReadOnlyList<Guid>> ActiveReviewersAsync(CancellationToken cancellationToken) =>
        await Reviewers(db.Users).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ActiveFilersOfUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        await FilersOf(db.Users, unitId).ToListAsync(cancellationToken);

    internal static IQueryable<Guid> Reviewers(IQueryable<ApplicationUser> users) =>
        users.AsNoTracking().Where(u => u.IsActive && u.Role == Roles.Reviewer).OrderBy(u => u.Id).Select(u => u.Id);

    internal static IQueryable<Guid> FilersOf(IQueryable<ApplicationUser> users, Guid unitId) =>
        users.AsNoTracking().Where(u => u.IsActive && u.Role == Roles.Filer && u.UnitId == unitId).OrderBy(u => u.Id).Select(u => u.Id);
}
