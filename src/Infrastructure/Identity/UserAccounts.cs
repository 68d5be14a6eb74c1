using InvestPromo.Application.Auth;
using InvestPromo.Application.Auth.Sessions;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Models;
using InvestPromo.Application.Common.Persistence;
using InvestPromo.Application.Common.Security;
using InvestPromo.Application.Users;
using InvestPromo.Application.Users.Queries.ListUsers;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Security;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Infrastructure.Identity;

public sealed class UserAccounts(UserManager<ApplicationUser> users, ApplicationDbContext db, UserSessionOptions sessions, TimeProvider clock) : IUserAccounts
{
    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var names = new Dictionary<Guid, string>();
        await foreach (var (id, name) in DisplayNamesQuery.For(db)(db, [.. ids]).WithCancellation(ct))
        {
            names[id] = name;
        }

        return names;
    }

    /// <summary>Compiled: every filing read and every filing command's answer runs it.</summary>
    private static readonly CompiledQuery<Func<DbContext, List<Guid>, IAsyncEnumerable<KeyValuePair<Guid, string>>>> DisplayNamesQuery = new(() => EF.CompileAsyncQuery(
        (DbContext c, List<Guid> ids) => c.Set<ApplicationUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new KeyValuePair<Guid, string>(u.Id, u.DisplayName))));

    public async Task<PagedList<UserDto>> ListAsync(ListUsersQuery query, CancellationToken ct)
    {
        var list = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var upper = term.ToUpperInvariant();
            list = list.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.Contains(term));
        }

        if (query.Role is { } role)
        {
            list = list.Where(u => u.Role == role);
        }

        if (query.UnitId is { } unitId)
        {
            list = list.Where(u => u.UnitId == unitId);
        }

        return await Project(list.OrderBy(u => u.UserName)).ToPagedListAsync(query.Page, query.PageSize, ct);
    }

    public Task<UserDto?> FindAsync(Guid id, CancellationToken ct) =>
        Project(db.Users.AsNoTracking().Where(u => u.Id == id)).SingleOrDefaultAsync(ct);

    public async Task<UserDto> CreateAsync(NewUser user, CancellationToken ct)
    {
        if (await users.FindByNameAsync(user.UserName) is not null)
        {
            throw DomainRuleException.Conflict("user.name-taken", "The user name is already taken.");
        }

        var entity = new ApplicationUser
        {
            UserName = user.UserName,
            DisplayName = Guard.Text(user.DisplayName, ApplicationUser.DisplayNameMaxLength, "user.display-name-invalid", "Display name"),
            Role = user.Role,
            UnitId = user.UnitId,
            AssociationId = user.AssociationId,
            Email = Blank(user.Email),
            PhoneNumber = Blank(user.PhoneNumber),
            CreatedAt = clock.GetUtcNow(),
            PasswordChangedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(entity, user.Password), "password");
        Check(await users.AddToRoleAsync(entity, user.Role), "role");
        return (await FindAsync(entity.Id, ct))!;
    }

    // Each change is one unit of the execution strategy (Application/Common/Persistence/Transactions.cs): a retry reads the user again.
    public async Task<UserDto> UpdateAsync(Guid id, UserChanges changes, int version, CancellationToken ct)
    {
        await db.InTransactionAsync(
            async ct =>
            {
                var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
                if (user.Version != version)
                {
                    throw new ConcurrencyConflictException("User", id);
                }

                db.Entry(user).Property(u => u.Version).OriginalValue = version;
                var previousRole = user.Role;
                var wasActive = user.IsActive;
                var previousUnit = user.UnitId;
                var previousAssociation = user.AssociationId;
                user.DisplayName = Guard.Text(changes.DisplayName, ApplicationUser.DisplayNameMaxLength, "user.display-name-invalid", "Display name");
                user.Role = changes.Role;
                user.UnitId = changes.UnitId;
                user.AssociationId = changes.AssociationId;
                user.Email = Blank(changes.Email);
                user.PhoneNumber = Blank(changes.PhoneNumber);
                user.IsActive = changes.IsActive;

                if (previousRole != changes.Role)
                {
                    Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), "role");
                    Check(await users.AddToRoleAsync(user, changes.Role), "role");
                }

                if ((wasActive && !changes.IsActive) || previousRole != changes.Role || previousUnit != changes.UnitId || previousAssociation != changes.AssociationId)
                {
                    // Ends the user's sessions at their next cookie validation (within a minute): a deactivated user is out,
                    // and a new role or unit takes effect only with a fresh sign-in, never with stale claims.
                    Check(await users.UpdateSecurityStampAsync(user), "isActive");
                    await db.EndSessionsAsync(id, wasActive && !changes.IsActive ? SessionEndReason.Deactivated : SessionEndReason.AccountChanged, clock.GetUtcNow(), sessions.IdleTimeout, except: null, ct);
                }

                Check(await users.UpdateAsync(user), "version");
                return true;
            },
            ct);
        return (await FindAsync(id, ct))!;
    }

    public async Task ResetPasswordAsync(Guid id, string newPassword, CancellationToken ct)
    {
        var found = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
        await CheckPasswordRulesAsync(found, newPassword, "newPassword");
        await db.InTransactionAsync(
            async ct =>
            {
                var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
                user.PasswordChangedAt = clock.GetUtcNow();
                Check(await users.RemovePasswordAsync(user), "newPassword");
                Check(await users.AddPasswordAsync(user, newPassword), "newPassword");
                Unlock(user);
                Check(await users.UpdateAsync(user), "newPassword");
                await ClearSignInFailuresAsync(user, ct);
                await db.EndSessionsAsync(id, SessionEndReason.PasswordChanged, clock.GetUtcNow(), sessions.IdleTimeout, except: null, ct);
                return true;
            },
            ct);
    }

    public async Task UnlockAsync(Guid id, CancellationToken ct)
    {
        await db.InTransactionAsync(
            async ct =>
            {
                var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
                Unlock(user);
                Check(await users.UpdateAsync(user), "id");
                await ClearSignInFailuresAsync(user, ct);
                return true;
            },
            ct);
    }

    private static void Unlock(ApplicationUser user)
    {
        user.LockoutEnd = null;
        user.LockedOutAt = null;
        user.LockoutReason = null;
        user.AccessFailedCount = 0;
    }

    /// <summary>Every failed sign-in count of the name (from any address), so neither the account nor an address stays refused.</summary>
    private async Task ClearSignInFailuresAsync(ApplicationUser user, CancellationToken ct)
    {
        var accountKey = SignInThrottling.AccountKey(user.NormalizedUserName ?? users.NormalizeName(user.UserName) ?? string.Empty);
        await db.SignInThrottles.Where(t => t.AccountKey == accountKey).ExecuteDeleteAsync(ct);
    }

    public async Task ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            throw RequestValidationException.For("currentPassword", Application.Common.Localization.ErrorMessages.For("auth.invalid-credentials", "Wrong password."));
        }

        await CheckPasswordRulesAsync(user, newPassword, "newPassword");
        user.PasswordChangedAt = clock.GetUtcNow();
        Check(await users.ChangePasswordAsync(user, currentPassword, newPassword), "newPassword");
    }

    public async Task<IReadOnlyList<Guid>> ActiveReviewersAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Roles.Reviewer).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Guid>> ActiveAssociationUsersAsync(IReadOnlyCollection<Guid> associationIds, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Role == Roles.Association && u.AssociationId != null && associationIds.Contains(u.AssociationId.Value))
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<(Guid UserId, Guid AssociationId)>> ActiveAssociationUsersByAssociationAsync(IReadOnlyCollection<Guid> associationIds, CancellationToken ct) =>
        (await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Role == Roles.Association && u.AssociationId != null && associationIds.Contains(u.AssociationId.Value))
            .OrderBy(u => u.Id).Select(u => new { u.Id, AssociationId = u.AssociationId!.Value }).ToListAsync(ct))
        .ConvertAll(u => (u.Id, u.AssociationId));

    public async Task<IReadOnlyList<Guid>> ActiveFilersOfUnitAsync(Guid unitId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Roles.Filer && u.UnitId == unitId).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Application.Projects.Service.ServiceOwnerCandidate>> ServiceOwnerCandidatesAsync(Guid unitId, bool withCenter, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && ((u.Role == Roles.Filer && u.UnitId == unitId) || (withCenter && (u.Role == Roles.Reviewer || u.Role == Roles.Admin))))
            .OrderBy(u => u.Role == Roles.Filer ? 0 : 1).ThenBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new Application.Projects.Service.ServiceOwnerCandidate(u.Id, u.DisplayName, u.Role))
            .ToListAsync(ct);

    public Task<bool> UnitHasActiveUsersAsync(Guid unitId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.UnitId == unitId && u.IsActive, ct);

    public async Task<CurrentUserDto?> GetCurrentAsync(Guid id, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        return user is null || !user.IsActive
            ? null
            : new CurrentUserDto(user.Id, user.UserName, user.DisplayName, [user.Role], user.UnitId, user.UnitName);
    }

    private IQueryable<UserDto> Project(IQueryable<ApplicationUser> list)
    {
        var now = clock.GetUtcNow();
        var sessionsSeenAfter = now - sessions.IdleTimeout;
        return from u in list
               join unit in db.Units on u.UnitId equals unit.Id into units
               from unit in units.DefaultIfEmpty()
               select new UserDto(
                   u.Id,
                   u.UserName!,
                   u.DisplayName,
                   u.Role,
                   u.UnitId,
                   unit == null ? null : unit.Name,
                   u.Email,
                   u.PhoneNumber,
                   u.IsActive,
                   u.LockoutEnd != null && u.LockoutEnd > now,
                   u.LockoutEnd != null && u.LockoutEnd > now ? u.LockedOutAt : null,
                   u.LockoutEnd != null && u.LockoutEnd > now ? u.LockoutEnd : null,
                   u.LockoutEnd != null && u.LockoutEnd > now ? u.LockoutReason : null,
                   u.LastLoginAt,
                   u.Version,
                   db.UserSessions.Count(s => s.UserId == u.Id && s.EndedAt == null && s.ExpiresAt > now && s.LastSeenAt > sessionsSeenAfter),
                   u.AssociationId,
                   db.Associations.IgnoreQueryFilters().Where(a => a.Id == u.AssociationId).Select(a => a.Name).FirstOrDefault());
    }

    private async Task CheckPasswordRulesAsync(ApplicationUser user, string password, string field)
    {
        var messages = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            messages.AddRange(result.Errors.Select(e => PasswordMessages.For(e.Code, e.Description)));
        }

        if (messages.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = [.. messages] });
        }
    }

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrencyConflictException("User", field);
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw DomainRuleException.Conflict("user.name-taken", "The user name is already taken.");
        }

        throw new RequestValidationException(new Dictionary<string, string[]>
        {
            [field] = [.. result.Errors.Select(e => PasswordMessages.For(e.Code, e.Description))],
        });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
