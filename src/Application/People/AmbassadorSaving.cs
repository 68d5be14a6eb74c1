using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Ambassadors;

public static class AmbassadorSaving
{
    /// <summary>Saves; a number taken by someone else since it was checked (the unique index refuses it) is the same 409.</summary>
    public static async Task SaveAsync(IApplicationDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            db.DiscardChanges();
            throw Ambassador.CertificateExists();
        }
    }
}
