using Hangfire.Dashboard;
using InvestPromo.Application.Common.Security;

namespace InvestPromo.Api.Security;

/// <summary>The Hangfire dashboard is for signed-in admins only (the endpoint policy says so too).</summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
